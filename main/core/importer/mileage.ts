/**
 * Mileage as people type it in inventory sheets ("45,000", "45000 miles", " 12 345 ",
 * "45000.0", "45.000" in a decimal-comma file), turned into whole miles, as pure
 * functions. Anything we cannot read with certainty is rejected rather than guessed: a
 * wrong mileage registers a wrong price. Kilometres are converted only when the caller
 * says the user confirmed it.
 */
import { MILEAGE_MAX, MILEAGE_MIN } from './mileageRange.js';
import type { DecimalSeparator } from './types.js';

export type MileageCheck = { ok: true; miles: number; warning?: string; fromKilometres?: true } | { ok: false; reason: string; kilometres?: true };
export type MileageParse = { ok: true; value: number; kilometres?: true } | { ok: false; reason: string };

export interface MileageRules {
  /** How the file writes decimals (decimalSeparator.ts); '.' by default. */
  decimalSeparator?: DecimalSeparator;
  /** The column's header says kilometres, so every reading in it is in km. */
  columnInKilometres?: boolean;
  /** Header of the column, for messages. */
  column?: string;
  /** 'ask' (default): a reading in km is held back; 'convert': it is converted to miles. */
  kilometres?: 'ask' | 'convert';
}

export const KM_PER_MILE = 1.609344;

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

/** Spaces people and spreadsheets use as thousands separators, folded to a plain space. */
const SPACES = /[\u00a0\u2007\u2009\u202f]/g;
const MILES_SUFFIX = /\s*(?:mi|mi\.|mls|mile|miles)$/i;
const KM_SUFFIX = /\s*(?:km|kms|km\.|kilometers|kilometres)$/i;
/** Digits, optionally grouped in thousands (by the non-decimal separator or single spaces), optional decimals. */
const NUMBER: Record<DecimalSeparator, RegExp> = {
  '.': /^(?:\d+|\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+)(?:\.\d+)?$/,
  ',': /^(?:\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+)(?:,\d+)?$/,
};

/**
 * "45,000", "45.000", "1.234.567": one kind of separator, every group three digits, no
 * leading zero. Whatever the file's decimal separator, that is a thousands separator: an
 * odometer is never written with exactly three decimals.
 */
const THOUSANDS_ONLY = /^[1-9]\d{0,2}([.,])\d{3}(?:\1\d{3})*$/;

function toNumber(digits: string, decimal: DecimalSeparator): number | undefined {
  if (THOUSANDS_ONLY.test(digits)) return Number(digits.replace(/[.,]/g, ''));
  if (!NUMBER[decimal].test(digits)) return undefined;
  return decimal === '.' ? Number(digits.replace(/[ ,]/g, '')) : Number(digits.replace(/[ .]/g, '').replace(',', '.'));
}

/** Read the number in a mileage cell; no range check. A "km" suffix is reported, not converted. */
export function parseMileageText(raw: string, decimal: DecimalSeparator = '.'): MileageParse {
  const text = raw.replace(SPACES, ' ').trim();
  if (text === '') return { ok: false, reason: 'mileage is blank' };
  const kilometres = KM_SUFFIX.test(text);
  const bare = text.replace(kilometres ? KM_SUFFIX : MILES_SUFFIX, '');
  const unit = kilometres ? 'kilometres' : 'miles';
  const negative = /^-\s*/.exec(bare);
  const digits = negative ? bare.slice(negative[0].length) : bare;
  const value = toNumber(digits, decimal);
  if (value === undefined || !Number.isFinite(value)) return { ok: false, reason: `mileage "${text}" is not a number of ${unit}` };
  if (negative && value !== 0) return { ok: false, reason: `mileage ${text} is negative` };
  return kilometres ? { ok: true, value, kilometres: true } : { ok: true, value };
}

/** True when whole miles fall in the partner's accepted range (wire.ts). */
export function mileageInRange(miles: number): boolean {
  return Number.isInteger(miles) && miles >= MILEAGE_MIN && miles <= MILEAGE_MAX;
}

function outOfRange(shown: string, miles: number): string {
  // 99999 / 999999 are "unknown" placeholders in dealer and auction systems.
  const placeholder = /^9{5,}$/.test(String(miles)) ? ' (looks like a placeholder for "unknown")' : '';
  return `mileage ${shown} is outside the partner's range ${fmt(MILEAGE_MIN)}-${fmt(MILEAGE_MAX)}${placeholder}`;
}

/** Parse, convert kilometres if confirmed, round to whole miles and check the partner's range. */
export function checkMileage(raw: string, rules: MileageRules = {}): MileageCheck {
  const parsed = parseMileageText(raw, rules.decimalSeparator);
  if (!parsed.ok) return parsed;
  if (parsed.kilometres || rules.columnInKilometres) {
    if (rules.kilometres !== 'convert') {
      const where = parsed.kilometres ? '' : ` (column "${rules.column ?? 'mileage'}")`;
      return {
        ok: false,
        kilometres: true,
        reason: `mileage "${raw.trim()}" is in kilometres${where}; confirm converting kilometres to miles to import it`,
      };
    }
    const miles = Math.round(parsed.value / KM_PER_MILE);
    if (!mileageInRange(miles)) return { ok: false, kilometres: true, reason: outOfRange(`${fmt(parsed.value)} km (${fmt(miles)} miles)`, miles) };
    return { ok: true, miles, fromKilometres: true };
  }
  const miles = Math.round(parsed.value);
  if (!mileageInRange(miles)) return { ok: false, reason: outOfRange(fmt(parsed.value), miles) };
  if (miles !== parsed.value) return { ok: true, miles, warning: `mileage ${fmt(parsed.value)} rounded to ${fmt(miles)}` };
  return { ok: true, miles };
}
