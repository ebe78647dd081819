/**
 * Reads the partner request bodies the way the sandbox's partner would, collecting EVERY
 * problem in one pass so a 400 lists them all (as the documented `errors` array allows).
 * Field names in errors follow the docs' spelling ("VIN", "Mileage").
 */
import { MILEAGE_MAX, MILEAGE_MIN } from '../partner/wire.js';
import { cantParseVin, invalidLocation, invalidMileage, missingField } from './partnerReplies.js';
import type { SandboxErrorItem } from './partnerReplies.js';
import { checkVin } from './vinRules.js';
import { isUsState, stateForZip } from './usStates.js';
import type { UsState } from './usStates.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: SandboxErrorItem[] };

export interface VehicleRequest {
  vin: string;
  mileage: number;
}
export interface SearchRequest extends VehicleRequest {
  /** The state prices are computed for (from the ZIP when one was sent). */
  state: UsState;
  /** Raw `filters`, read by planFilters.ts; absent when not sent. */
  filters?: unknown;
}

type Fields = Record<string, unknown>;

function asObject(value: unknown): Fields | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : undefined;
}

const notAnObject = (): Parsed<never> => ({
  ok: false,
  errors: [missingField(null, 'The request body must be a JSON object.')],
});

function readVin(raw: unknown, errors: SandboxErrorItem[]): string | undefined {
  const check = checkVin(raw);
  if (check.ok) return check.vin;
  errors.push(check.reason === 'missing' ? missingField('VIN') : cantParseVin());
  return undefined;
}

function readMileage(raw: unknown, errors: SandboxErrorItem[]): number | undefined {
  if (raw === undefined || raw === null) {
    errors.push(missingField('Mileage'));
    return undefined;
  }
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= MILEAGE_MIN && raw <= MILEAGE_MAX) return raw;
  errors.push(invalidMileage());
  return undefined;
}

/** ZIP wins over the state when both are sent (doc). */
function readState(criteria: Fields, errors: SandboxErrorItem[]): UsState | undefined {
  const { zip, stateShortName } = criteria;
  if (zip !== undefined && zip !== null && zip !== '') {
    const state = typeof zip === 'string' && /^\d{5}$/.test(zip) ? stateForZip(zip) : undefined;
    if (!state) errors.push(invalidLocation('Zip', 'We could not find this ZIP code; it must be five digits of a US ZIP.'));
    return state;
  }
  if (stateShortName !== undefined && stateShortName !== null && stateShortName !== '') {
    const code = typeof stateShortName === 'string' ? stateShortName.toUpperCase() : '';
    if (isUsState(code)) return code;
    errors.push(invalidLocation('StateShortName', 'The state must be a two-letter US state code, such as TX.'));
    return undefined;
  }
  errors.push(missingField('StateShortName', 'Either stateShortName or zip is required.'));
  return undefined;
}

/** VehicleRegistration: `{ vin, mileage }`. */
export function parseRegistration(body: unknown): Parsed<VehicleRequest> {
  const fields = asObject(body);
  if (!fields) return notAnObject();
  const errors: SandboxErrorItem[] = [];
  const vin = readVin(fields.vin, errors);
  const mileage = readMileage(fields.mileage, errors);
  if (vin === undefined || mileage === undefined) return { ok: false, errors };
  return { ok: true, value: { vin, mileage } };
}

/** PlansSearchAsync/VIN and GetStartPrice: `{ searchCriteria: { vin, mileage, stateShortName | zip }, filters? }`. */
export function parseSearch(body: unknown): Parsed<SearchRequest> {
  const fields = asObject(body);
  if (!fields) return notAnObject();
  const criteria = asObject(fields.searchCriteria);
  if (!criteria) return { ok: false, errors: [missingField('SearchCriteria')] };
  const errors: SandboxErrorItem[] = [];
  const vin = readVin(criteria.vin, errors);
  const mileage = readMileage(criteria.mileage, errors);
  const state = readState(criteria, errors);
  if (vin === undefined || mileage === undefined || state === undefined) return { ok: false, errors };
  const filters = fields.filters ?? undefined;
  return { ok: true, value: { vin, mileage, state, ...(filters !== undefined ? { filters } : {}) } };
}

/** CleanVehicleCache: `{ vin }`. */
export function parseCleanCache(body: unknown): Parsed<{ vin: string }> {
  const fields = asObject(body);
  if (!fields) return notAnObject();
  const errors: SandboxErrorItem[] = [];
  const vin = readVin(fields.vin, errors);
  if (vin === undefined) return { ok: false, errors };
  return { ok: true, value: { vin } };
}
