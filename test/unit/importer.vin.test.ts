import { describe, expect, it } from 'vitest';
import { checkVin, computeCheckDigit, isValidVin, normaliseVin, transliterate } from '../../main/core/importer/vin.js';

describe('VIN transliteration (49 CFR 565.15)', () => {
  it('maps letters to the standard values and digits to themselves', () => {
    const expected: Record<string, number> = {
      A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5,
      P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
    };
    for (const [letter, value] of Object.entries(expected)) expect(transliterate(letter), letter).toBe(value);
    for (let d = 0; d <= 9; d++) expect(transliterate(String(d))).toBe(d);
  });

  it('has no value for I, O, Q, lower case or punctuation', () => {
    for (const c of ['I', 'O', 'Q', 'a', '-', ' ', '']) expect(transliterate(c), JSON.stringify(c)).toBeUndefined();
  });
});

describe('check digit', () => {
  it('computes X for a remainder of 10 (real VIN 1M8GDM9AXKP042788)', () => {
    expect(computeCheckDigit('1M8GDM9AXKP042788')).toBe('X');
    expect(checkVin('1M8GDM9AXKP042788')).toEqual({ ok: true, vin: '1M8GDM9AXKP042788' });
  });

  it('computes digits for real VINs, including ones from the sample files', () => {
    expect(computeCheckDigit('1HGCM82633A004352')).toBe('3');
    expect(computeCheckDigit('JTEZU11F88K007763')).toBe('8');
    expect(computeCheckDigit('5XYKTCA69FG566472')).toBe('9');
    // All ones: the weights sum to 89, 89 mod 11 = 1.
    expect(computeCheckDigit('11111111111111111')).toBe('1');
  });

  it('rejects a wrong check digit naming the digit found and the one expected', () => {
    const result = checkVin('1HGCM82643A004352');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('check digit is 4, expected 3');
  });

  it('accepts a wrong check digit as a warning when asked (vehicles for other markets)', () => {
    const result = checkVin('1HGCM82643A004352', { acceptBadCheckDigit: true });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warning).toContain('check digit is 4, expected 3');
  });

  it('refuses to compute on the wrong length', () => {
    expect(() => computeCheckDigit('1HGCM826')).toThrow(RangeError);
  });
});

describe('normalising and structural rules', () => {
  it('trims, removes inner spaces and dashes, and upper-cases', () => {
    expect(normaliseVin('  jtezu11f88k007763')).toBe('JTEZU11F88K007763');
    expect(normaliseVin(' 1hg cm826-33a 004352 \t')).toBe('1HGCM82633A004352');
    expect(checkVin('  1m8gdm9a xkp-042788 ')).toEqual({ ok: true, vin: '1M8GDM9AXKP042788' });
    expect(isValidVin('jtezu11f88k007763')).toBe(true);
  });

  it('reports blank', () => {
    expect(checkVin('   ')).toEqual({ ok: false, vin: '', reason: 'VIN is blank' });
  });

  it('reports the wrong length, with a hint for pre-1981 VINs', () => {
    const short = checkVin('  1q87t3n166389');
    expect(short).toMatchObject({ ok: false, vin: '1Q87T3N166389' });
    expect(!short.ok && short.reason).toBe(
      'VIN has 13 characters, expected 17 (VINs before 1981 were shorter; the partner needs 17)',
    );
    const long = checkVin('1HGCM82633A0043521');
    expect(!long.ok && long.reason).toBe('VIN has 18 characters, expected 17');
  });

  it.each([
    ['1HGCM8263IA004352', 'I', 10, '1'],
    ['1HGCM82633AO04352', 'O', 12, '0'],
    ['QHGCM82633A004352', 'Q', 1, '0'],
  ])('names the forbidden letter in %s', (vin, letter, position, likely) => {
    const result = checkVin(vin);
    expect(!result.ok && result.reason).toBe(
      `VIN has the letter ${letter} at position ${position}; VINs never use I, O or Q (probably ${likely})`,
    );
  });

  it('names other bad characters and their position', () => {
    const result = checkVin('1HGCM826*3A004352');
    expect(!result.ok && result.reason).toBe('VIN has "*" at position 9; only letters A-Z and digits 0-9 are allowed');
    const accented = checkVin('1HGCM82633É004352');
    expect(!accented.ok && accented.reason).toContain('"É" at position 11');
  });

  it('lower-case input with spaces still fails on a real error after normalising', () => {
    const result = checkVin(' 1hgcm 82643a004352 ');
    expect(result).toMatchObject({ ok: false, vin: '1HGCM82643A004352' });
  });
});
