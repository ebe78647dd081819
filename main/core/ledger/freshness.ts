/**
 * The partner's cache rule (doc): a registration serves 30 days, and a mileage move of
 * 5,000 or more needs a new one. One function so the importer preview, the engine and
 * the quick quote agree.
 */
import { MILEAGE_DRIFT_LIMIT } from '../partner/wire.js';

export type Freshness =
  | { fresh: true }
  | { fresh: false; reason: 'never-registered' | 'expired' | 'mileage-moved'; detail: string };

export function registrationFreshness(
  reg: { registeredMileage: number | null; expiresAt: number | null },
  mileage: number,
  now: number,
): Freshness {
  if (reg.registeredMileage == null || reg.expiresAt == null) {
    return { fresh: false, reason: 'never-registered', detail: 'not registered with the partner yet' };
  }
  if (reg.expiresAt <= now) {
    return { fresh: false, reason: 'expired', detail: 'the partner registration is older than 30 days' };
  }
  const moved = Math.abs(mileage - reg.registeredMileage);
  if (moved >= MILEAGE_DRIFT_LIMIT) {
    return {
      fresh: false,
      reason: 'mileage-moved',
      detail: `mileage moved ${moved.toLocaleString('en-US')} miles since registration (limit ${MILEAGE_DRIFT_LIMIT.toLocaleString('en-US')})`,
    };
  }
  return { fresh: true };
}
