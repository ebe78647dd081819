/**
 * Prices a vehicle's plan templates for one state and one registered mileage, and dresses
 * them as the partner's plan objects (wire.planSchema). Totals stay in a plausible
 * $1,200-$6,000 band; the state, the vehicle's age and its mileage all move them.
 */
import { UNLIMITED_MILES } from '../partner/wire.js';
import type { Plan } from '../partner/wire.js';
import { categoriesFor, CATEGORIES, COVERAGE_LABELS, COVERAGE_TYPES, planTemplates } from './plansCatalog.js';
import type { CoverageType, PlanTemplate } from './plansCatalog.js';
import { statePriceFactor } from './usStates.js';
import type { UsState } from './usStates.js';
import { modelYear } from './vinRules.js';

export const MIN_TOTAL_PRICE = 1_200;
export const MAX_TOTAL_PRICE = 6_000;

const BASE_PRICE: Record<CoverageType, number> = { Powertrain: 1_500, PowertrainPlus: 2_100, MostComprehensive: 2_800 };
const DURATION_FACTOR: Record<number, number> = { 24: 0.85, 36: 1, 48: 1.12, 60: 1.22 };
const MILES_FACTOR: Record<number, number> = { 36: 0.94, 48: 0.97, 60: 1, 75: 1.04, 100: 1.08, [UNLIMITED_MILES]: 1.15 };
const DEDUCTIBLE_FACTOR: Record<number, number> = { 0: 1.08, 100: 1, 250: 0.93 };
const SANDBOX_URL = 'https://sandbox.quoteready.invalid/plans';

export interface PricingContext {
  state: UsState;
  /** The mileage the partner registered (prices follow the registration, not the search). */
  mileage: number;
  /** For the vehicle's age; from the injected clock. */
  now: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Older and higher-mileage vehicles cost more to cover: each adds up to 20 %. */
function vehicleFactor(vin: string, ctx: PricingContext): number {
  const currentYear = new Date(ctx.now).getUTCFullYear();
  const year = modelYear(vin, currentYear);
  const age = year === undefined ? 7 : Math.max(0, currentYear - year);
  const ageFactor = 0.95 + (Math.min(age, 15) / 15) * 0.2;
  const mileageFactor = 0.95 + (Math.min(ctx.mileage, 200_000) / 200_000) * 0.2;
  return ageFactor * mileageFactor;
}

/**
 * The factors span about $830..$6,800 before compression; the linear map below folds that
 * into the plausible band without flattening prices at its edges (which would hide the
 * state's effect), and the clamp only guards the arithmetic.
 */
function totalPrice(t: PlanTemplate, vin: string, ctx: PricingContext): number {
  const raw =
    BASE_PRICE[t.coverageType] *
    (DURATION_FACTOR[t.duration] ?? 1) *
    (MILES_FACTOR[t.miles] ?? 1) *
    (DEDUCTIBLE_FACTOR[t.deductible] ?? 1) *
    statePriceFactor(ctx.state) *
    vehicleFactor(vin, ctx) *
    t.providerFactor *
    t.spread;
  const folded = MIN_TOTAL_PRICE + (raw - 800) * 0.8;
  return Math.round(Math.min(MAX_TOTAL_PRICE - 10, Math.max(MIN_TOTAL_PRICE, folded)));
}

function milesLabel(miles: number): string {
  return miles === UNLIMITED_MILES ? 'unlimited miles' : `${(miles * 1000).toLocaleString('en-US')} miles`;
}

function toPlan(t: PlanTemplate, vin: string, ctx: PricingContext): Plan {
  const total = totalPrice(t, vin, ctx);
  const monthlyPrice = round2(total / t.numberOfPayments);
  const covered = categoriesFor(t.coverageType);
  const coveredIds = new Set(covered.map((c) => c.id));
  const level = COVERAGE_TYPES.indexOf(t.coverageType);
  return {
    searchResultPlanId: t.searchResultPlanId,
    planName: `${t.provider} ${COVERAGE_LABELS[t.coverageType]}, ${t.duration} months / ${milesLabel(t.miles)}`,
    displayProviderName: t.provider,
    coverageType: t.coverageType,
    duration: t.duration,
    miles: t.miles,
    deductible: t.deductible,
    numberOfPayments: t.numberOfPayments,
    monthlyPrice,
    // Doc: the downpayment is the first payment for monthly plans (the whole price if paid in full).
    downpayment: monthlyPrice,
    totalPrice: round2(monthlyPrice * t.numberOfPayments),
    rating: t.rating,
    accreditedBy: ['Sandbox Accreditation Board (fictional)'],
    addons: [
      {
        id: 1,
        name: 'roadside',
        displayName: 'Roadside assistance (sandbox)',
        description: 'Towing, jump starts and lockout help.',
        limitations: 'Up to 4 calls a year.',
        totalAmount: 0,
        isIncludedInPlanPrice: true,
        includedCategoryIds: [],
      },
    ],
    categories: Object.fromEntries(covered.map((c) => [String(c.id), c.name])),
    coverageScores: CATEGORIES.map((c) => ({
      categoryName: c.name,
      categoryTypeId: c.id,
      score: coveredIds.has(c.id) ? 6 + level + (c.id % 2) : 0,
    })),
    planCheckoutUrl: `${SANDBOX_URL}/${t.searchResultPlanId}/checkout`,
    planSummaryUrl: `${SANDBOX_URL}/${t.searchResultPlanId}/summary`,
    planContractUrl: `${SANDBOX_URL}/${t.searchResultPlanId}/contract`,
    sandbox: true,
  };
}

/** Every plan for the vehicle, priced for the state and registered mileage. */
export function plansFor(seed: number, vin: string, ctx: PricingContext): Plan[] {
  return planTemplates(seed, vin).map((t) => toPlan(t, vin, ctx));
}

/** GetStartPrice: the lowest total among the vehicle's plans in that state. */
export function startPriceFor(seed: number, vin: string, ctx: PricingContext): number {
  return Math.min(...plansFor(seed, vin, ctx).map((p) => p.totalPrice ?? Number.POSITIVE_INFINITY));
}
