/**
 * The plan table's filters (coverage level, duration, miles) and sort (by price), applied
 * in the window: the partner sends the whole list for a vehicle at once, and the stored list
 * shown while offline filters the same way.
 */
import type { PlanView } from '../../preload/contract';
import { isUnlimitedMiles, milesLabel, UNLIMITED_MILES } from '../../preload/planTerms';
import { coverageLabel } from './quoteWords';

export type PlanSort = 'total-asc' | 'total-desc' | 'monthly-asc';

export interface PlanFilters {
  coverage: string;
  /** Months, or 'all'. */
  duration: string;
  /** Thousands of miles (999 = unlimited), or 'all'. */
  miles: string;
  sort: PlanSort;
}

export const NO_FILTERS: PlanFilters = { coverage: 'all', duration: 'all', miles: 'all', sort: 'total-asc' };

export const SORT_LABEL: Record<PlanSort, string> = {
  'total-asc': 'Total price, lowest first',
  'total-desc': 'Total price, highest first',
  'monthly-asc': 'Monthly payment, lowest first',
};

export interface FilterOption {
  value: string;
  label: string;
}

/** Coverage levels in the partner's order (least to most), then any others it sent. */
const COVERAGE_ORDER = ['None', 'Powertrain', 'PowertrainPlus', 'MostComprehensive'];

export function filterOptions(plans: readonly PlanView[]): { coverage: FilterOption[]; duration: FilterOption[]; miles: FilterOption[] } {
  const coverage = [...new Set(plans.map((p) => p.coverageType).filter((c): c is string => c !== undefined))].sort(
    (a, b) => (COVERAGE_ORDER.indexOf(a) + 1 || 99) - (COVERAGE_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b),
  );
  const durations = [...new Set(plans.map((p) => p.duration).filter((d): d is number => d !== undefined))].sort((a, b) => a - b);
  const miles = [...new Set(plans.map((p) => (isUnlimitedMiles(p.miles) ? UNLIMITED_MILES : p.miles)).filter((m): m is number => m !== undefined))].sort((a, b) => a - b);
  return {
    coverage: coverage.map((c) => ({ value: c, label: coverageLabel(c) })),
    duration: durations.map((d) => ({ value: String(d), label: `${d} months` })),
    miles: miles.map((m) => ({ value: String(m), label: milesLabel(m) })),
  };
}

const price = (p: PlanView, key: 'totalPrice' | 'monthlyPrice') => p[key] ?? Number.POSITIVE_INFINITY;

export function applyPlanFilters(plans: readonly PlanView[], f: PlanFilters): PlanView[] {
  const kept = plans.filter(
    (p) =>
      (f.coverage === 'all' || p.coverageType === f.coverage) &&
      (f.duration === 'all' || String(p.duration) === f.duration) &&
      (f.miles === 'all' || String(isUnlimitedMiles(p.miles) ? UNLIMITED_MILES : p.miles) === f.miles),
  );
  const by = (p: PlanView) => (f.sort === 'monthly-asc' ? price(p, 'monthlyPrice') : price(p, 'totalPrice'));
  const sign = f.sort === 'total-desc' ? -1 : 1;
  // Unpriced plans last whichever way; ties by plan name so the order never jumps.
  return kept.sort((a, b) => {
    const x = by(a);
    const y = by(b);
    if (x === y) return a.planName.localeCompare(b.planName);
    if (!Number.isFinite(x)) return 1;
    if (!Number.isFinite(y)) return -1;
    return sign * (x - y);
  });
}

/** A stable key for a plan within one list (the partner's id when it sends one). */
export const planKey = (p: PlanView, index: number): string => (p.searchResultPlanId !== undefined ? String(p.searchResultPlanId) : `${index}:${p.planName}`);
