/**
 * Mileage as people type it in inventory sheets ("45,000", "45000 miles", " 12 345 ",
 * "45000.0"), turned into whole miles, as pure functions. Anything we cannot read with
 * certainty is rejected rather than guessed: a wrong mileage registers a wrong price.
 */
import { MILEAGE_MAX, MILEAGE_MIN } from '../partner/wire.js';

export type MileageCheck = { ok: true; miles: number; warning?: string } | { ok: false; reason: string };
export type MileageParse = { ok: true; value: number } | { ok: false; reason: string };

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

/** Spaces people and spreadsheets use as thousands separators, folded to a plain space. */
const SPACES = /[\u00a0\u2007\u2009\u202f]/g;
const MILES_SUFFIX = /\s*(?:mi|mi\.|mls|mile|miles)$/i;
const KM_SUFFIX = /\s*(?:km|kms|km\.|kilometers|kilometres)$/i;
/** Digits, optionally grouped in thousands by commas or by single spaces, optional decimals. */
const NUMBER = /^(?:\d+|\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+)(?:\.\d+)?$/;

/** Read the number in a mileage cell; no range check. */
export function parseMileageText(raw: string): MileageParse {
  const text = raw.replace(SPACES, ' ').trim();
  if (text === '') return { ok: false, reason: 'mileage is blank' };
  if (KM_SUFFIX.test(text)) return { ok: false, reason: `mileage "${text}" is in kilometres; the partner needs miles` };
  const bare = text.replace(MILES_SUFFIX, '');
  const negative = /^-\s*/.exec(bare);
  const digits = negative ? bare.slice(negative[0].length) : bare;
  if (!NUMBER.test(digits)) return { ok: false, reason: `mileage "${text}" is not a number of miles` };
  const value = Number(digits.replace(/[ ,]/g, ''));
  if (!Number.isFinite(value)) return { ok: false, reason: `mileage "${text}" is not a number of miles` };
  if (negative && value !== 0) return { ok: false, reason: `mileage ${text} is negative` };
  return { ok: true, value };
}

/** True when whole miles fall in the partner's accepted range (wire.ts). */
export function mileageInRange(miles: number): boolean {
  return Number.isInteger(miles) && miles >= MILEAGE_MIN && miles <= MILEAGE_MAX;
}

/** Parse, round to whole miles and check the partner's range. */
export function checkMileage(raw: string): MileageCheck {
  const parsed = parseMileageText(raw);
  if (!parsed.ok) return parsed;
  const miles = Math.round(parsed.value);
  if (!mileageInRange(miles)) {
    // 99999 / 999999 are "unknown" placeholders in dealer and auction systems.
    const placeholder = /^9{5,}$/.test(String(miles)) ? ' (looks like a placeholder for "unknown")' : '';
    return {
      ok: false,
      reason: `mileage ${fmt(parsed.value)} is outside the partner's range ${fmt(MILEAGE_MIN)}-${fmt(MILEAGE_MAX)}${placeholder}`,
    };
  }
  if (miles !== parsed.value) return { ok: true, miles, warning: `mileage ${fmt(parsed.value)} rounded to ${fmt(miles)}` };
  return { ok: true, miles };
}
