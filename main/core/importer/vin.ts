/**
 * VIN rules (ISO 3779 / 49 CFR 565) as pure functions, shared by the importer and the
 * quick-quote screen. Messages name the character and its position because the user
 * fixes a VIN by looking at the sheet, not at a code.
 */

export const VIN_LENGTH = 17;
/** 1-based position of the check digit. */
export const CHECK_DIGIT_POSITION = 9;

/** 49 CFR 565.15: letter values for the check-digit sum (I, O, Q never occur). */
const TRANSLITERATION: Readonly<Record<string, number>> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
/** Position weights; position 9 (the check digit itself) weighs 0. */
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/**
 * Trim, drop inner spaces and dashes (people paste "1HG CM826-33A004352"), upper-case.
 * Other characters are kept so validation can name them.
 */
export function normaliseVin(raw: string): string {
  return raw.replace(/[\s\u00a0\u2000-\u200b\u202f\u3000\ufeff-]+/g, '').toUpperCase();
}

/** Value of one VIN character in the check-digit sum, or undefined if not allowed. */
export function transliterate(char: string): number | undefined {
  if (char.length === 1 && char >= '0' && char <= '9') return char.charCodeAt(0) - 48;
  return TRANSLITERATION[char];
}

/**
 * The check digit a 17-character VIN of allowed characters should carry at position 9:
 * '0'-'9', or 'X' for a remainder of 10.
 */
export function computeCheckDigit(vin: string): string {
  if (vin.length !== VIN_LENGTH) throw new RangeError(`computeCheckDigit needs ${VIN_LENGTH} characters`);
  let sum = 0;
  for (let i = 0; i < VIN_LENGTH; i++) {
    const value = transliterate(vin.charAt(i));
    if (value === undefined) throw new RangeError(`character ${vin.charAt(i)} has no VIN value`);
    sum += value * WEIGHTS[i]!;
  }
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

export type VinCheck =
  | { ok: true; vin: string; warning?: string }
  | { ok: false; vin: string; reason: string };

export interface VinRuleOptions {
  /** Turn a failed check digit into a warning (vehicles built for other markets). */
  acceptBadCheckDigit?: boolean;
}

/** Describe a character for a message: spaces and control characters are invisible. */
function show(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code > 32 && code !== 127 ? `"${char}"` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** 17 allowed characters: the common case, checked in one step before the detailed rules. */
const WELL_FORMED = /^[A-HJ-NPR-Z0-9]{17}$/;

/** First rule broken, in the order a person would fix them: blank, length, characters. */
function structuralProblem(vin: string): string | undefined {
  if (WELL_FORMED.test(vin)) return undefined;
  if (vin === '') return 'VIN is blank';
  const chars = Array.from(vin);
  if (chars.length !== VIN_LENGTH) {
    const hint = chars.length >= 11 && chars.length < VIN_LENGTH ? ' (VINs before 1981 were shorter; the partner needs 17)' : '';
    return `VIN has ${chars.length} characters, expected ${VIN_LENGTH}${hint}`;
  }
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === 'I' || c === 'O' || c === 'Q') {
      const likely = c === 'I' ? '1' : '0';
      return `VIN has the letter ${c} at position ${i + 1}; VINs never use I, O or Q (probably ${likely})`;
    }
    if (transliterate(c) === undefined) {
      return `VIN has ${show(c)} at position ${i + 1}; only letters A-Z and digits 0-9 are allowed`;
    }
  }
  return undefined;
}

/** Normalise and check one VIN. `vin` in the result is always the normalised text. */
export function checkVin(raw: string, options: VinRuleOptions = {}): VinCheck {
  const vin = normaliseVin(raw);
  const problem = structuralProblem(vin);
  if (problem) return { ok: false, vin, reason: problem };
  // "11111111111111111" passes the check digit (the weights sum to 89, 89 mod 11 = 1) but
  // is what people type when they do not have the VIN.
  if (/^(.)\1{16}$/.test(vin)) {
    return { ok: false, vin, reason: `VIN is "${vin.charAt(0)}" repeated 17 times, a placeholder rather than a real VIN` };
  }
  const expected = computeCheckDigit(vin);
  const actual = vin.charAt(CHECK_DIGIT_POSITION - 1);
  if (actual === expected) return { ok: true, vin };
  const message = `VIN check digit is ${actual}, expected ${expected} (position ${CHECK_DIGIT_POSITION})`;
  if (options.acceptBadCheckDigit) return { ok: true, vin, warning: `${message}; accepted as a non-North-American VIN` };
  return { ok: false, vin, reason: `${message}; check the VIN for a typo` };
}

/** True when the VIN is 17 allowed characters with a correct check digit. */
export function isValidVin(raw: string): boolean {
  return checkVin(raw).ok;
}
