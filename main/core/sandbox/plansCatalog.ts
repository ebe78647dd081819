/**
 * The sandbox's plan catalogue: WHICH plans a vehicle gets, fixed by the VIN and the seed
 * (prices come later, in planPricing.ts, because they also depend on state and mileage).
 * Provider names are plainly fictional so no one mistakes a demo for a real offer.
 */
import { UNLIMITED_MILES } from '../partner/wire.js';
import { hash32, pick, streamFor } from './random.js';

export const SANDBOX_PROVIDERS = [
  'Sandbox Shield Co.',
  'Demo Drive Protect',
  'Example Mutual Auto',
  'Placeholder Powertrain Partners',
  'Mock Motor Guard',
  'Fictional Fleet Cover',
  'Pretend Road Assurance',
] as const;

export const COVERAGE_TYPES = ['Powertrain', 'PowertrainPlus', 'MostComprehensive'] as const;
export type CoverageType = (typeof COVERAGE_TYPES)[number];
export const COVERAGE_LABELS: Record<CoverageType, string> = {
  Powertrain: 'Powertrain',
  PowertrainPlus: 'Powertrain Plus',
  MostComprehensive: 'Most Comprehensive',
};

export const DURATIONS_MONTHS = [24, 36, 48, 60] as const;
/** Thousands of miles; 999 means unlimited (doc). */
export const COVERAGE_MILES = [36, 48, 60, 75, 100, UNLIMITED_MILES] as const;
export const DEDUCTIBLES = [0, 100, 250] as const;
/** 1 = paid in full; otherwise monthly payments, the first one due at checkout. */
export const PAYMENT_COUNTS = [1, 12, 18, 24] as const;

/** Component categories (doc names where given); each coverage level adds to the one before. */
export const CATEGORIES: ReadonlyArray<{ id: number; name: string; from: CoverageType }> = [
  { id: 1, name: 'Engine', from: 'Powertrain' },
  { id: 2, name: 'Transmission', from: 'Powertrain' },
  { id: 3, name: 'DriveAxle', from: 'Powertrain' },
  { id: 4, name: 'AirCon', from: 'PowertrainPlus' },
  { id: 5, name: 'Electricals', from: 'PowertrainPlus' },
  { id: 6, name: 'Steering', from: 'PowertrainPlus' },
  { id: 7, name: 'Brakes', from: 'MostComprehensive' },
  { id: 8, name: 'Suspension', from: 'MostComprehensive' },
  { id: 9, name: 'Hybrid', from: 'MostComprehensive' },
  { id: 10, name: 'HighTech', from: 'MostComprehensive' },
];

export function categoriesFor(type: CoverageType): Array<{ id: number; name: string }> {
  const level = COVERAGE_TYPES.indexOf(type);
  return CATEGORIES.filter((c) => COVERAGE_TYPES.indexOf(c.from) <= level).map(({ id, name }) => ({ id, name }));
}

/** A plan before pricing: everything the VIN and seed decide. */
export interface PlanTemplate {
  searchResultPlanId: number;
  provider: string;
  coverageType: CoverageType;
  duration: number;
  miles: number;
  deductible: number;
  numberOfPayments: number;
  /** Provider's price level, 0.92..1.08, and rating, 3.2..4.9. */
  providerFactor: number;
  rating: number;
  /** A small per-plan spread (0.97..1.03) so two similar plans never price identically. */
  spread: number;
}

/**
 * 3 to 5 providers per VIN, each offering all three coverage levels with its own term,
 * so every search has something for each coverage filter.
 */
export function planTemplates(seed: number, vin: string): PlanTemplate[] {
  const rand = streamFor(seed, 'catalog', vin);
  const providerCount = 3 + Math.floor(rand() * 3);
  const providers = [...SANDBOX_PROVIDERS]
    .map((name) => ({ name, order: rand() }))
    .sort((a, b) => a.order - b.order)
    .slice(0, providerCount)
    .map(({ name }) => name);
  // Plan ids: a VIN-specific base plus the position, so ids are stable and unique in a list.
  const idBase = (10_000 + (hash32(seed, `plan-ids:${vin}`) % 90_000)) * 100;
  const templates: PlanTemplate[] = [];
  for (const provider of providers) {
    const providerFactor = 0.92 + rand() * 0.16;
    const rating = Math.round((3.2 + rand() * 1.7) * 10) / 10;
    for (const coverageType of COVERAGE_TYPES) {
      templates.push({
        searchResultPlanId: idBase + templates.length + 1,
        provider,
        coverageType,
        duration: pick(rand, DURATIONS_MONTHS),
        miles: pick(rand, COVERAGE_MILES),
        deductible: pick(rand, DEDUCTIBLES),
        numberOfPayments: pick(rand, PAYMENT_COUNTS),
        providerFactor,
        rating,
        spread: 0.97 + rand() * 0.06,
      });
    }
  }
  return templates;
}
