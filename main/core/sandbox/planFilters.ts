/**
 * The search `filters` the docs name, applied to a priced plan list. Read tolerantly like
 * the rest of the partner's documented surface: a filter part that is missing or not in the
 * expected shape is ignored rather than failing the search.
 */
import type { Plan } from '../partner/wire.js';
import type { CoverageType } from './plansCatalog.js';

/** The prose in the docs also says basic / basicplus / best. */
const COVERAGE_ALIASES: Record<string, CoverageType> = {
  powertrain: 'Powertrain',
  basic: 'Powertrain',
  powertrainplus: 'PowertrainPlus',
  basicplus: 'PowertrainPlus',
  mostcomprehensive: 'MostComprehensive',
  best: 'MostComprehensive',
};

type Fields = Record<string, unknown>;
const asObject = (v: unknown): Fields | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Fields) : undefined;
const strings = (v: unknown): string[] =>
  (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []).filter((s): s is string => typeof s === 'string');

/** "None" (doc) or an unknown word adds nothing; an empty result means "no coverage filter". */
function coverageSet(filters: Fields): Set<CoverageType> | undefined {
  const words = [...strings(filters.coverageTypes), ...strings(filters.coverageType)];
  const types = words.map((w) => COVERAGE_ALIASES[w.toLowerCase()]).filter((t): t is CoverageType => t !== undefined);
  return types.length > 0 ? new Set(types) : undefined;
}

/** `{from, to}`, either end optional; true when `value` is inside. */
function inRange(range: unknown, value: number | undefined): boolean {
  const r = asObject(range);
  if (!r || value === undefined) return true;
  if (typeof r.from === 'number' && value < r.from) return false;
  if (typeof r.to === 'number' && value > r.to) return false;
  return true;
}

export function applyFilters(plans: Plan[], rawFilters: unknown): Plan[] {
  const filters = asObject(rawFilters);
  if (!filters) return plans;
  const coverage = coverageSet(filters);
  const excluded = new Set(strings(filters.excludeProviders).map((p) => p.toLowerCase()));
  const wantedCategories = strings(filters.categoryTypes).map((c) => c.toLowerCase());
  return plans.filter((plan) => {
    if (coverage && !coverage.has(plan.coverageType as CoverageType)) return false;
    if (!inRange(filters.duration, plan.duration)) return false;
    if (!inRange(filters.miles, plan.miles)) return false;
    if (excluded.has((plan.displayProviderName ?? '').toLowerCase())) return false;
    if (wantedCategories.length > 0) {
      const covered = new Set(Object.values(plan.categories ?? {}).map((c) => c.toLowerCase()));
      if (!wantedCategories.every((c) => covered.has(c))) return false;
    }
    return true;
  });
}

