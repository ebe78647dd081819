/**
 * How the sandbox reads a VIN, like the partner would: 17 characters, no I/O/Q, and a valid
 * check digit in position 9 (the North American standard, 49 CFR 565). A VIN that fails any
 * of these gets CantParseVIN, so tests and demos can exercise the rejection path.
 */
import { computeCheckDigit } from '../importer/vin.js';
import { VIN_PATTERN } from '../partner/wire.js';

/** The check digit ('0'-'9' or 'X') a 17-character VIN must carry in position 9 (the importer's rule). */
export function vinCheckDigit(vin: string): string {
  return computeCheckDigit(vin);
}

/** Puts the right check digit into position 9; tests use it to make valid VINs. */
export function withCheckDigit(vin17: string): string {
  const upper = vin17.toUpperCase();
  return upper.slice(0, 8) + vinCheckDigit(upper) + upper.slice(9);
}

export type VinCheck =
  | { ok: true; vin: string }
  | { ok: false; reason: 'missing' | 'format' | 'check-digit' };

/** Lower case is forgiven (people type VINs); everything else must be exact. */
export function checkVin(raw: unknown): VinCheck {
  if (raw === undefined || raw === null || raw === '') return { ok: false, reason: 'missing' };
  if (typeof raw !== 'string') return { ok: false, reason: 'format' };
  const vin = raw.toUpperCase();
  if (!VIN_PATTERN.test(vin)) return { ok: false, reason: 'format' };
  if (vin.charAt(8) !== vinCheckDigit(vin)) return { ok: false, reason: 'check-digit' };
  return { ok: true, vin };
}

/** Position 10 cycles through these 30 codes, one per model year from 1980 (and 2010). */
const YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789';

/**
 * The model year from position 10. Position 7 being a letter means 2010-2039 for cars and
 * light trucks; a year more than one ahead of `currentYear` falls back a 30-year cycle.
 * Returns undefined for a code outside the table (then pricing assumes a middle age).
 */
export function modelYear(vin: string, currentYear: number): number | undefined {
  const index = YEAR_CODES.indexOf(vin.charAt(9));
  if (index < 0) return undefined;
  let year = 1980 + index + (/[A-Z]/.test(vin.charAt(6)) ? 30 : 0);
  while (year > currentYear + 1) year -= 30;
  return year;
}
