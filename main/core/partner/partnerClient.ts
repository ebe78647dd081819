/** The contract of the partner HTTP client; the undici implementation is in httpPartnerClient.ts. */
import type { PartnerOutcome } from './outcome.js';
import type { SearchCriteria, VehicleKey } from './wire.js';

export type PartnerEnvironmentName = 'sandbox' | 'uat' | 'production';

export interface PartnerEndpoint {
  environment: PartnerEnvironmentName;
  baseUrl: string;
  /** Never logged, never sent to the renderer. */
  token: string;
}

/**
 * ONE request each; polling, retries and gates belong to the caller.
 * Never throws for HTTP or network trouble: everything is a PartnerOutcome.
 * Throws CancelledError only when `signal` aborts.
 */
export interface PartnerClient {
  register(v: VehicleKey, signal?: AbortSignal): Promise<PartnerOutcome>;
  startPrice(c: SearchCriteria, signal?: AbortSignal): Promise<PartnerOutcome>;
  searchPlans(c: SearchCriteria, filters?: Record<string, unknown>, signal?: AbortSignal): Promise<PartnerOutcome>;
  cleanCache(vin: string, signal?: AbortSignal): Promise<PartnerOutcome>;
  close(): Promise<void>;
}
