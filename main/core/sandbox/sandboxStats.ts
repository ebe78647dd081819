/**
 * What the sandbox saw, so a test (or a demo) can check the client from the outside: requests
 * per endpoint, answers per status, faults injected, registrations finished, and the most
 * requests open at once (the client's concurrency gate made visible).
 */
import type { FaultKind } from './faultInjector.js';

export type EndpointName = 'register' | 'searchByVin' | 'startPrice' | 'cleanCache' | 'other';

export interface SandboxStats {
  requests: Record<EndpointName, number>;
  /** Jobs that reached 201, once each. */
  registrationsCompleted: number;
  /** Partner requests open now: from the first byte until the answer is sent or the socket closes. */
  inFlight: number;
  maxInFlight: number;
  /** HTTP status -> answers sent with it. Resets and hangs send none: see faultsInjected. */
  statuses: Record<string, number>;
  /** Distinct VINs with a fresh registration in the cache now. */
  registeredVins: number;
  faultsInjected: Record<FaultKind, number>;
}

const emptyRequests = (): Record<EndpointName, number> => ({ register: 0, searchByVin: 0, startPrice: 0, cleanCache: 0, other: 0 });
const emptyFaults = (): Record<FaultKind, number> => ({ reset: 0, hang: 0, throttle: 0, error: 0 });

export class StatsCounter {
  private requests = emptyRequests();
  private statuses: Record<string, number> = {};
  private faults = emptyFaults();
  private completed = 0;
  private inFlight = 0;
  private maxInFlight = 0;

  /** Counts the request and marks it open; call the returned function when it ends (extra calls are ignored). */
  opened(endpoint: EndpointName): () => void {
    this.requests[endpoint]++;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      this.inFlight--;
    };
  }

  answered(status: number): void {
    this.statuses[status] = (this.statuses[status] ?? 0) + 1;
  }

  faulted(kind: FaultKind): void {
    this.faults[kind]++;
  }

  registrationCompleted(): void {
    this.completed++;
  }

  snapshot(registeredVins: number): SandboxStats {
    return {
      requests: { ...this.requests },
      registrationsCompleted: this.completed,
      inFlight: this.inFlight,
      maxInFlight: this.maxInFlight,
      statuses: { ...this.statuses },
      registeredVins,
      faultsInjected: { ...this.faults },
    };
  }

  /** Zeroes the counts; requests still open stay counted as in flight (they are). */
  reset(): void {
    this.requests = emptyRequests();
    this.statuses = {};
    this.faults = emptyFaults();
    this.completed = 0;
    this.maxInFlight = this.inFlight;
  }
}
