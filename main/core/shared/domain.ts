/** Domain words shared by the ledger, the engine, the importer and the hosts. */
import type { PartnerErrorItem } from '../partner/wire.js';

/** A vehicle's registration state; see DESIGN.md "A vehicle's registration, as states". */
export const REGISTRATION_STATES = [
  'queued',
  'registering',
  'registered',
  'rejected',
  'waiting-retry',
  'failed',
] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

/** A vehicle as the importer hands it over: VIN normalised, mileage in miles. */
export interface VehicleInput {
  vin: string;
  mileage: number;
  stockNumber?: string;
  year?: string;
  make?: string;
  model?: string;
  /** Where it came from, for messages: file name and 1-based row number in that file. */
  source?: { file: string; row: number };
}

export interface VehicleRecord extends VehicleInput {
  state: RegistrationState;
  /** Mileage the partner has registered (null before the first 201). */
  registeredMileage: number | null;
  registeredAt: number | null;
  expiresAt: number | null;
  /** Attempts in the current round (reset when a round starts). */
  attempts: number;
  nextAttemptAt: number | null;
  lastError: RegistrationProblem | null;
  updatedAt: number;
}

/** Why a vehicle is not registered, in the partner's own words where it gave them. */
export interface RegistrationProblem {
  kind: 'rejected' | 'auth' | 'throttled' | 'unavailable' | 'network' | 'timeout';
  message: string;
  httpStatus?: number;
  partnerErrors?: PartnerErrorItem[];
}

export type StateCounts = Record<RegistrationState, number>;

export function emptyCounts(): StateCounts {
  return { queued: 0, registering: 0, registered: 0, rejected: 0, 'waiting-retry': 0, failed: 0 };
}
