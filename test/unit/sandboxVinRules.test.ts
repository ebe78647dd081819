import { describe, expect, it } from 'vitest';
import { checkVin, modelYear, vinCheckDigit, withCheckDigit } from '../../main/core/sandbox/vinRules.js';
import { stateForZip, statePriceFactor, US_STATES } from '../../main/core/sandbox/usStates.js';

describe('sandbox VIN rules', () => {
  it('computes the position-9 check digit, X for 10', () => {
    expect(vinCheckDigit('1HGCM82633A004352')).toBe('3');
    expect(vinCheckDigit('1M8GDM9AXKP042788')).toBe('X');
    expect(withCheckDigit('1hgcm826z3a004352')).toBe('1HGCM82633A004352');
  });

  it('accepts valid VINs (lower case forgiven) and says why others fail', () => {
    expect(checkVin('1hgcm82633a004352')).toEqual({ ok: true, vin: '1HGCM82633A004352' });
    expect(checkVin(undefined)).toEqual({ ok: false, reason: 'missing' });
    expect(checkVin('')).toEqual({ ok: false, reason: 'missing' });
    expect(checkVin(12_345_678_901_234)).toEqual({ ok: false, reason: 'format' });
    expect(checkVin('1HGCM82633A00435')).toEqual({ ok: false, reason: 'format' });
    for (const letter of ['I', 'O', 'Q']) {
      expect(checkVin(`1HGCM8263${letter}A004352`)).toEqual({ ok: false, reason: 'format' });
    }
    expect(checkVin('1HGCM82643A004352')).toEqual({ ok: false, reason: 'check-digit' });
  });

  it('reads the model year from position 10, using position 7 for the 30-year cycle', () => {
    expect(modelYear('1HGCM82633A004352', 2026)).toBe(2003);
    expect(modelYear('1M8GDM9AXKP042788', 2026)).toBe(1989);
    expect(modelYear(withCheckDigit('1HGCM8A20RA004352'), 2026)).toBe(2024);
    expect(modelYear(withCheckDigit('1HGCM8A20RA004352'), 2020)).toBe(1994); // 2024 is in the future then
    expect(modelYear('1HGCM8263UA004352', 2026)).toBeUndefined();
  });
});

describe('sandbox US states', () => {
  it('maps ZIP prefixes to states and rejects unused ones', () => {
    expect(stateForZip('90210')).toBe('CA');
    expect(stateForZip('10001')).toBe('NY');
    expect(stateForZip('73301')).toBe('TX');
    expect(stateForZip('75201')).toBe('TX');
    expect(stateForZip('73101')).toBe('OK');
    expect(stateForZip('02108')).toBe('MA');
    expect(stateForZip('99501')).toBe('AK');
    expect(stateForZip('00001')).toBeUndefined();
  });

  it('gives every state a fixed factor between 0.90 and 1.12, not all the same', () => {
    const factors = US_STATES.map(statePriceFactor);
    expect(factors.every((f) => f >= 0.9 && f <= 1.12)).toBe(true);
    expect(new Set(factors.map((f) => f.toFixed(3))).size).toBeGreaterThan(30);
    expect(statePriceFactor('TX')).toBe(statePriceFactor('TX'));
  });
});
