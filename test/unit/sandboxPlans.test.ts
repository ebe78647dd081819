import { describe, expect, it } from 'vitest';
import { planSchema, searchPayloadSchema, UNLIMITED_MILES } from '../../main/core/partner/wire.js';
import type { Plan } from '../../main/core/partner/wire.js';
import { applyFilters } from '../../main/core/sandbox/planFilters.js';
import { MAX_TOTAL_PRICE, MIN_TOTAL_PRICE, plansFor, startPriceFor } from '../../main/core/sandbox/planPricing.js';
import { COVERAGE_MILES, COVERAGE_TYPES, DEDUCTIBLES, DURATIONS_MONTHS, SANDBOX_PROVIDERS } from '../../main/core/sandbox/plansCatalog.js';
import { statePriceFactor } from '../../main/core/sandbox/usStates.js';
import { withCheckDigit } from '../../main/core/sandbox/vinRules.js';

const NOW = Date.UTC(2026, 5, 1);
const vin = (n: number, yearCode = '3') => withCheckDigit(`1HGCM826X${yearCode}A${String(n).padStart(6, '0')}`);
const ctx = { state: 'TX' as const, mileage: 30_000, now: NOW };

describe('sandbox plan catalogue and prices', () => {
  it('produces plans the wire schema accepts, as a search payload too', () => {
    const plans = plansFor(1, vin(1), ctx);
    for (const plan of plans) expect(() => planSchema.parse(plan)).not.toThrow();
    expect(searchPayloadSchema.parse({ plans }).plans).toHaveLength(plans.length);
  });

  it('is deterministic for a VIN and seed, and differs by VIN and by seed', () => {
    expect(plansFor(7, vin(2), ctx)).toEqual(plansFor(7, vin(2), ctx));
    expect(plansFor(7, vin(2), ctx)).not.toEqual(plansFor(8, vin(2), ctx));
    expect(plansFor(7, vin(2), ctx)).not.toEqual(plansFor(7, vin(3), ctx));
  });

  it('changes prices, not plans, with the state', () => {
    expect(statePriceFactor('CA')).not.toBe(statePriceFactor('OH'));
    const ca = plansFor(1, vin(4), { ...ctx, state: 'CA' });
    const oh = plansFor(1, vin(4), { ...ctx, state: 'OH' });
    const shape = (p: Plan) => ({ id: p.searchResultPlanId, name: p.planName, duration: p.duration, miles: p.miles });
    expect(ca.map(shape)).toEqual(oh.map(shape));
    expect(ca.map((p) => p.totalPrice)).not.toEqual(oh.map((p) => p.totalPrice));
    const dearer = statePriceFactor('CA') > statePriceFactor('OH') ? ca : oh;
    const cheaper = dearer === ca ? oh : ca;
    expect(dearer.every((p, i) => (p.totalPrice ?? 0) >= (cheaper[i]?.totalPrice ?? 0))).toBe(true);
  });

  it('charges more for higher mileage and older vehicles', () => {
    const total = (plans: Plan[]) => plans.reduce((sum, p) => sum + (p.totalPrice ?? 0), 0);
    expect(total(plansFor(1, vin(5), { ...ctx, mileage: 150_000 }))).toBeGreaterThan(total(plansFor(1, vin(5), ctx)));
    // The same VIN (same catalogue) ten years later is an older vehicle.
    const recent = withCheckDigit('1HGCM8A2XRA000005'); // model year 2024
    const tenYearsOn = { ...ctx, now: Date.UTC(2034, 5, 1) };
    expect(total(plansFor(1, recent, tenYearsOn))).toBeGreaterThan(total(plansFor(1, recent, ctx)));
  });

  it('stays plausible across many VINs, states and mileages', () => {
    const providers = new Set<string>(SANDBOX_PROVIDERS);
    for (let n = 0; n < 150; n++) {
      for (const [state, mileage] of [['CA', 1], ['NY', 250_000], ['MS', 60_000]] as const) {
        const plans = plansFor(3, vin(n, n % 2 ? '3' : 'L'), { state, mileage, now: NOW });
        const names = new Set(plans.map((p) => p.displayProviderName));
        expect(names.size).toBeGreaterThanOrEqual(3);
        expect(names.size).toBeLessThanOrEqual(5);
        expect(new Set(plans.map((p) => p.searchResultPlanId)).size).toBe(plans.length);
        for (const p of plans) {
          expect(providers.has(p.displayProviderName ?? '')).toBe(true);
          expect(COVERAGE_TYPES).toContain(p.coverageType);
          expect(DURATIONS_MONTHS).toContain(p.duration);
          expect(COVERAGE_MILES).toContain(p.miles);
          expect(DEDUCTIBLES).toContain(p.deductible);
          expect(p.totalPrice).toBeGreaterThanOrEqual(MIN_TOTAL_PRICE);
          expect(p.totalPrice).toBeLessThanOrEqual(MAX_TOTAL_PRICE);
          expect(Math.abs((p.monthlyPrice ?? 0) * (p.numberOfPayments ?? 0) - (p.totalPrice ?? 0))).toBeLessThan(0.01);
          expect(p.downpayment).toBe(p.monthlyPrice);
        }
      }
    }
  });

  it('gives the lowest total as the start price', () => {
    const plans = plansFor(1, vin(6), ctx);
    expect(startPriceFor(1, vin(6), ctx)).toBe(Math.min(...plans.map((p) => p.totalPrice ?? Infinity)));
  });
});

describe('sandbox plan filters', () => {
  const plans = plansFor(1, vin(9), ctx);

  it('keeps everything without filters or with malformed ones', () => {
    expect(applyFilters(plans, undefined)).toEqual(plans);
    expect(applyFilters(plans, { duration: 'long', miles: null, coverageTypes: 5, excludeProviders: {} })).toEqual(plans);
    expect(applyFilters(plans, { coverageTypes: ['None'] })).toEqual(plans);
  });

  it('filters by coverage type, including the prose aliases', () => {
    const powertrain = applyFilters(plans, { coverageTypes: ['Powertrain'] });
    expect(powertrain.length).toBeGreaterThan(0);
    expect(powertrain.every((p) => p.coverageType === 'Powertrain')).toBe(true);
    expect(applyFilters(plans, { coverageType: 'best' })).toEqual(plans.filter((p) => p.coverageType === 'MostComprehensive'));
    expect(applyFilters(plans, { coverageTypes: ['basicplus'] })).toEqual(plans.filter((p) => p.coverageType === 'PowertrainPlus'));
  });

  it('filters by duration and miles ranges (999 = unlimited)', () => {
    expect(applyFilters(plans, { duration: { from: 36, to: 48 } })).toEqual(
      plans.filter((p) => (p.duration ?? 0) >= 36 && (p.duration ?? 0) <= 48),
    );
    expect(applyFilters(plans, { miles: { from: UNLIMITED_MILES } })).toEqual(plans.filter((p) => p.miles === UNLIMITED_MILES));
    expect(applyFilters(plans, { miles: { to: 60 } })).toEqual(plans.filter((p) => (p.miles ?? 0) <= 60));
  });

  it('excludes providers by name (any case) and keeps plans covering every asked category', () => {
    const provider = plans[0]?.displayProviderName ?? '';
    const kept = applyFilters(plans, { excludeProviders: [provider.toUpperCase()] });
    expect(kept.length).toBe(plans.length - plans.filter((p) => p.displayProviderName === provider).length);
    const withAirCon = applyFilters(plans, { categoryTypes: ['AirCon', 'Engine'] });
    expect(withAirCon.length).toBeGreaterThan(0);
    expect(withAirCon.every((p) => p.coverageType !== 'Powertrain')).toBe(true);
  });
});
