/** The Quote screen's words, plan filters and event handling, checked without a browser. */
import { describe, expect, it } from 'vitest';
import type { PlanView, QuoteEventView } from '../../preload/contract.js';
import { coverageEndsAtOdometer, coverageTerm, durationAndMiles, odometerEnd } from '../../preload/planTerms.js';
import { formatPlanRow } from '../../main/core/quotes/planDisplay.js';
import { applyPlanFilters, filterOptions, NO_FILTERS } from '../../renderer/quote/planList.js';
import { INITIAL_QUOTE, quoteReducer, type LookupReply, type QuoteAction, type QuoteState } from '../../renderer/quote/quoteState.js';
import { formatAge, formatMoney, freshnessWords, locationLabel, monthlyWords, notCurrentWords, parseMileage } from '../../renderer/quote/quoteWords.js';

const plan = (p: Partial<PlanView> & { planName: string }): PlanView => p as PlanView;
const PLANS: PlanView[] = [
  plan({ planName: 'B Powertrain', coverageType: 'Powertrain', duration: 48, miles: 60, totalPrice: 2_203, monthlyPrice: 183.58, numberOfPayments: 12, deductible: 100 }),
  plan({ planName: 'A Most', coverageType: 'MostComprehensive', duration: 60, miles: 999, totalPrice: 4_100, monthlyPrice: 170.83, numberOfPayments: 24 }),
  plan({ planName: 'C Plus', coverageType: 'PowertrainPlus', duration: 36, miles: 48, totalPrice: 2_950, numberOfPayments: 1 }),
  plan({ planName: 'D unpriced', coverageType: 'Powertrain', duration: 48 }),
];

describe('plan terms (one rule for the CLI, the screen and the sheet)', () => {
  it('adds the coverage miles to the odometer; unlimited has no end', () => {
    expect(coverageEndsAtOdometer({ duration: 48, miles: 60 }, 190_552)).toBe(250_552);
    expect(coverageEndsAtOdometer({ duration: 48, miles: 999 }, 190_552)).toBeNull();
    expect(coverageTerm({ duration: 48, miles: 60 }, 190_552)).toBe('48 months / 60,000 miles — to 250,552 on the odometer');
    expect(coverageTerm({ duration: 60, miles: 999 }, 10)).toBe('60 months / unlimited miles');
    expect(durationAndMiles({ duration: 36 })).toBe('36 months');
    expect(odometerEnd({ duration: 36 }, 5)).toBeNull();
  });
  it('is what the CLI prints', () => {
    expect(formatPlanRow({ planName: 'X', duration: 48, miles: 60, totalPrice: 10 }, 190_552)).toContain('48 months / 60,000 miles — to 250,552 on the odometer');
  });
});

describe('quote words', () => {
  const now = new Date(2026, 11, 3, 14, 41).getTime();
  it('formats money with $ and thousands separators', () => {
    expect(formatMoney(2_203)).toBe('$2,203');
    expect(formatMoney(2_203.5)).toBe('$2,203.50');
    expect(formatMoney(100, 'USD', 'always')).toBe('$100.00');
  });
  it('says how old a stored price is, and never calls it current', () => {
    expect(formatAge(now - 20_000, now)).toBe('just now');
    expect(formatAge(now - 12 * 60_000, now)).toBe('12 min ago');
    expect(formatAge(now - 3 * 86_400_000, now)).toBe('3 days ago');
    expect(freshnessWords({ fetchedAt: now - 3 * 86_400_000, current: false }, now)).toBe('3 days ago, not current');
    const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(now);
    expect(freshnessWords({ fetchedAt: now, current: true }, now)).toBe(`as of ${clock}`);
    expect(notCurrentWords(now - 3 * 86_400_000, now)).toMatch(/^Not current — last fetched .+ \(3 days ago\)$/);
  });
  it('reads mileage as people type it', () => {
    expect(parseMileage('42,000')).toBe(42_000);
    expect(parseMileage(' 42000 mi')).toBe(42_000);
    expect(parseMileage('42.5')).toBeNull();
    expect(parseMileage('')).toBeNull();
  });
  it('names locations and monthly payments', () => {
    expect(locationLabel('state:TX')).toBe('TX');
    expect(locationLabel('zip:75201')).toBe('ZIP 75201');
    expect(monthlyWords(PLANS[0]!)).toBe('$183.58 × 12');
    expect(monthlyWords(PLANS[2]!)).toBe('Paid in full');
    expect(monthlyWords(PLANS[3]!)).toBe('—');
  });
});

describe('plan filters', () => {
  it('offers each coverage level, duration and miles the list has, in order', () => {
    const o = filterOptions(PLANS);
    expect(o.coverage.map((c) => c.label)).toEqual(['Powertrain', 'Powertrain Plus', 'Most Comprehensive']);
    expect(o.duration.map((d) => d.label)).toEqual(['36 months', '48 months', '60 months']);
    expect(o.miles.map((m) => m.label)).toEqual(['48,000 miles', '60,000 miles', 'unlimited miles']);
  });
  it('filters and sorts by price, unpriced plans last', () => {
    expect(applyPlanFilters(PLANS, NO_FILTERS).map((p) => p.planName)).toEqual(['B Powertrain', 'C Plus', 'A Most', 'D unpriced']);
    expect(applyPlanFilters(PLANS, { ...NO_FILTERS, sort: 'total-desc' }).map((p) => p.planName)).toEqual(['A Most', 'C Plus', 'B Powertrain', 'D unpriced']);
    expect(applyPlanFilters(PLANS, { ...NO_FILTERS, coverage: 'Powertrain' }).map((p) => p.planName)).toEqual(['B Powertrain', 'D unpriced']);
    expect(applyPlanFilters(PLANS, { ...NO_FILTERS, miles: '999' }).map((p) => p.planName)).toEqual(['A Most']);
    expect(applyPlanFilters(PLANS, { ...NO_FILTERS, duration: '48', sort: 'monthly-asc' }).map((p) => p.planName)).toEqual(['B Powertrain', 'D unpriced']);
  });
});

describe('quote state', () => {
  const lookup: LookupReply = { vin: 'V', valid: true, problem: null, known: true, mileage: 30_000, registration: null, vehicle: null };
  const run = (...events: QuoteEventView[]): QuoteState => {
    const actions: QuoteAction[] = [
      { type: 'begin', at: 0, keepLookup: false, keepPlans: false },
      { type: 'looked-up', lookup },
      { type: 'started', quoteId: 'q', request: { vin: 'V', mileage: 30_000, location: 'state:TX' }, at: 1 },
      ...events.map((event, i): QuoteAction => ({ type: 'event', event, at: 10 + i })),
    ];
    return actions.reduce(quoteReducer, INITIAL_QUOTE);
  };
  const stored: QuoteEventView = {
    type: 'stored',
    startPrice: { value: { startPrice: 2_203, currency: 'USD' }, location: 'state:TX', mileage: 30_000, fetchedAt: 5 },
    plans: { value: PLANS, location: 'state:TX', mileage: 30_000, fetchedAt: 5 },
  };

  it('shows the stored price at once, not current, then replaces it with the live one', () => {
    const first = run(stored, { type: 'registration', status: 'fresh', message: 'x' });
    expect(first).toMatchObject({ phase: 'running', step: 'start-price', startPrice: { current: false, fetchedAt: 5 }, plans: { current: false } });
    const live = run(stored, { type: 'registration', status: 'fresh', message: 'x' }, { type: 'start-price', startPrice: { startPrice: 2_250, currency: 'USD' }, fetchedAt: 99 });
    expect(live).toMatchObject({ step: 'plans', startPrice: { current: true, fetchedAt: 99, value: { startPrice: 2_250 } }, plans: { current: false } });
    const done = run(stored, { type: 'start-price', startPrice: { startPrice: 2_250, currency: 'USD' }, fetchedAt: 99 }, { type: 'plans', plans: PLANS, fetchedAt: 100 });
    expect(done).toMatchObject({ phase: 'done', step: null, plans: { current: true, fetchedAt: 100 } });
  });
  it('keeps the stored figures, marked, when the partner is unavailable', () => {
    const s = run(stored, { type: 'registration', status: 'fresh', message: 'x' }, { type: 'unavailable', message: 'ECONNRESET', offline: true });
    expect(s).toMatchObject({ phase: 'unavailable', endedAt: 'start-price', startPrice: { current: false }, unavailable: { offline: true } });
  });
  it('remembers where a quote stopped, and a late cancel does not undo plans', () => {
    const cancelled = run({ type: 'stored', startPrice: null, plans: null }, { type: 'registration', status: 'registering', message: 'x' }, { type: 'cancelled' });
    expect(cancelled).toMatchObject({ phase: 'cancelled', endedAt: 'registering', registeredOnDemand: true });
    const done = run(stored, { type: 'plans', plans: PLANS, fetchedAt: 100 }, { type: 'cancelled' });
    expect(done.phase).toBe('done');
  });
  it('clears the last answer on a new Enter and counts the runs', () => {
    const s = quoteReducer(run(stored), { type: 'begin', at: 50, keepLookup: true, keepPlans: false });
    expect(s).toMatchObject({ run: 2, phase: 'looking-up', startPrice: null, plans: null, lookup });
    // The same vehicle and place: the last list stays as it was (its fetch time, its run); the price never does.
    const live = run(stored, { type: 'plans', plans: PLANS, fetchedAt: 100 });
    const again = quoteReducer(live, { type: 'begin', at: 150, keepLookup: true, keepPlans: true });
    expect(again).toMatchObject({ run: 2, startPrice: null, plans: { current: true, fetchedAt: 100, run: 1 } });
    expect(again.plans).toBe(live.plans);
    // ...and if the partner cannot be reached, that list is no longer current.
    const offline = quoteReducer(again, { type: 'event', event: { type: 'unavailable', message: 'x', offline: true }, at: 160 });
    expect(offline.plans).toMatchObject({ current: false, fetchedAt: 100 });
  });
});
