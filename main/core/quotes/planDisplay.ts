/**
 * What the partner requires on every screen that shows a plan (doc): plan name, price,
 * coverage level, duration AND miles, where the miles are added to the current
 * odometer and coverage ends at whichever comes first.
 */
import { UNLIMITED_MILES, type Plan } from '../partner/wire.js';

/** The odometer reading at which coverage ends, or null for unlimited / unknown. */
export function coverageEndsAtOdometer(plan: Plan, odometer: number): number | null {
  if (plan.miles === undefined || plan.miles >= UNLIMITED_MILES) return null;
  return odometer + plan.miles * 1000;
}

export function coverageTerm(plan: Plan, odometer: number): string {
  const months = plan.duration !== undefined ? `${plan.duration} months` : 'term not stated';
  if (plan.miles === undefined) return months;
  if (plan.miles >= UNLIMITED_MILES) return `${months} / unlimited miles`;
  const ends = coverageEndsAtOdometer(plan, odometer)!;
  return `${months} / ${(plan.miles * 1000).toLocaleString('en-US')} miles (to ${ends.toLocaleString('en-US')} on the odometer)`;
}

const usd = (n: number | undefined) => (n === undefined ? '—' : n.toLocaleString('en-US', { style: 'currency', currency: 'USD' }));

export const PLAN_TABLE_HEADER = ['Plan', 'Provider', 'Coverage', 'Term', 'Deductible', 'Monthly', 'Total'].join(' | ');

export function formatPlanRow(p: Plan, odometer: number): string {
  const monthly = p.monthlyPrice !== undefined ? `${usd(p.monthlyPrice)} x ${p.numberOfPayments ?? '?'}` : '—';
  return [p.planName, p.displayProviderName ?? '—', p.coverageType ?? '—', coverageTerm(p, odometer), usd(p.deductible), monthly, usd(p.totalPrice)].join(' | ');
}
