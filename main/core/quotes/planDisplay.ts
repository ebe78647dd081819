/**
 * The CLI's plan rows: what the partner requires on every screen that shows a plan (doc):
 * plan name, price, coverage level, duration AND miles, where the miles are added to the
 * current odometer and coverage ends at whichever comes first.
 */
import type { Plan } from '../partner/wire.js';
import { coverageTerm } from '../../../preload/planTerms.js';

// The term rule itself (duration AND miles, the odometer reading at which coverage ends) is
// shared with the renderer's Quote screen and quote sheet: preload/planTerms.ts.

const usd = (n: number | undefined) => (n === undefined ? '—' : n.toLocaleString('en-US', { style: 'currency', currency: 'USD' }));

export const PLAN_TABLE_HEADER = ['Plan', 'Provider', 'Coverage', 'Term', 'Deductible', 'Monthly', 'Total'].join(' | ');

export function formatPlanRow(p: Plan, odometer: number): string {
  const monthly = p.monthlyPrice !== undefined ? `${usd(p.monthlyPrice)} x ${p.numberOfPayments ?? '?'}` : '—';
  return [p.planName, p.displayProviderName ?? '—', p.coverageType ?? '—', coverageTerm(p, odometer), usd(p.deductible), monthly, usd(p.totalPrice)].join(' | ');
}
