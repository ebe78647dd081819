import { describe, expect, it } from 'vitest';
import { checkMileage, mileageInRange, parseMileageText } from '../../main/core/importer/mileage.js';
import * as importerRange from '../../main/core/importer/mileageRange.js';
import { MILEAGE_MAX, MILEAGE_MIN } from '../../main/core/partner/wire.js';

describe('mileage parsing', () => {
  it.each([
    ['45,000', 45000],
    ['45000', 45000],
    ['45,000 mi', 45000],
    ['45000 miles', 45000],
    ['45000mi', 45000],
    ['45,000 Miles', 45000],
    [' 12 345 ', 12345],
    ['12\u00a0345', 12345],
    ['45000.0', 45000],
    ['45,000.00', 45000],
    ['1', 1],
    ['250000', 250000],
    ['1,234,567', 1234567],
  ])('reads %j as %d', (text, value) => {
    expect(parseMileageText(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'mileage is blank'],
    ['   ', 'mileage is blank'],
    ['49.03-', 'mileage "49.03-" is not a number of miles'],
    ['-5', 'mileage -5 is negative'],
    ['- 1,200', 'mileage - 1,200 is negative'],
    ['abc', 'mileage "abc" is not a number of miles'],
    ['45,00', 'mileage "45,00" is not a number of miles'],
    ['4,5000', 'mileage "4,5000" is not a number of miles'],
    ['1.2E+05', 'mileage "1.2E+05" is not a number of miles'],
    ['45 000 000 0', 'mileage "45 000 000 0" is not a number of miles'],
    ['N/A', 'mileage "N/A" is not a number of miles'],
  ])('rejects %j: %s', (text, reason) => {
    expect(parseMileageText(text)).toEqual({ ok: false, reason });
  });
});

describe('mileage range (wire.ts MILEAGE_MIN..MILEAGE_MAX)', () => {
  it('uses the partner limits from wire.ts (the importer keeps a zod-free copy)', () => {
    expect({ min: importerRange.MILEAGE_MIN, max: importerRange.MILEAGE_MAX }).toEqual({ min: MILEAGE_MIN, max: MILEAGE_MAX });
    expect(MILEAGE_MIN).toBe(1);
    expect(MILEAGE_MAX).toBe(250_000);
    expect(mileageInRange(MILEAGE_MIN)).toBe(true);
    expect(mileageInRange(MILEAGE_MAX)).toBe(true);
    expect(mileageInRange(MILEAGE_MIN - 1)).toBe(false);
    expect(mileageInRange(MILEAGE_MAX + 1)).toBe(false);
  });

  it.each([
    ['0', "mileage 0 is outside the partner's range 1-250,000"],
    ['250,001', "mileage 250,001 is outside the partner's range 1-250,000"],
    ['1017936', "mileage 1,017,936 is outside the partner's range 1-250,000"],
    ['999999', 'mileage 999,999 is outside the partner\'s range 1-250,000 (looks like a placeholder for "unknown")'],
    ['0.4', "mileage 0.4 is outside the partner's range 1-250,000"],
  ])('rejects %j', (text, reason) => {
    expect(checkMileage(text)).toEqual({ ok: false, reason });
  });

  it('accepts the bounds and whole decimals without a warning', () => {
    expect(checkMileage('1')).toEqual({ ok: true, miles: 1 });
    expect(checkMileage('250,000 mi')).toEqual({ ok: true, miles: 250000 });
    expect(checkMileage('45000.0')).toEqual({ ok: true, miles: 45000 });
  });

  it('rounds fractional miles and says so', () => {
    expect(checkMileage('45000.5')).toEqual({ ok: true, miles: 45001, warning: 'mileage 45,000.5 rounded to 45,001' });
  });

  it('passes parse errors through', () => {
    expect(checkMileage('')).toEqual({ ok: false, reason: 'mileage is blank' });
  });
});
