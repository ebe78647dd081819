/**
 * What the partner requires on every screen that shows a plan (doc): duration AND miles,
 * where the miles are added to the current odometer and coverage ends at whichever comes
 * first. One rule for the CLI, the Quote screen and the printed quote sheet: main imports
 * it from here, the renderer too (so: no imports, no Node, no DOM).
 */

/** Coverage miles are in thousands; 999 means unlimited (doc). */
export const UNLIMITED_MILES = 999;

/** The two fields of a plan the term depends on (the partner's names). */
export interface PlanTermFields {
  /** Months. */
  duration?: number | undefined;
  /** Thousands of miles; UNLIMITED_MILES for unlimited. */
  miles?: number | undefined;
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const thousands = (n: number) => grouped.format(n);

export function isUnlimitedMiles(miles: number | undefined): boolean {
  return miles !== undefined && miles >= UNLIMITED_MILES;
}

/** The odometer reading at which coverage ends, or null for unlimited / unknown. */
export function coverageEndsAtOdometer(plan: PlanTermFields, odometer: number): number | null {
  if (plan.miles === undefined || isUnlimitedMiles(plan.miles)) return null;
  return odometer + plan.miles * 1000;
}

/** "60,000 miles" or "unlimited miles", from the partner's thousands. */
export function milesLabel(miles: number): string {
  return isUnlimitedMiles(miles) ? 'unlimited miles' : `${thousands(miles * 1000)} miles`;
}

/** "48 months / 60,000 miles" or "48 months / unlimited miles". */
export function durationAndMiles(plan: PlanTermFields): string {
  const months = plan.duration !== undefined ? `${plan.duration} months` : 'term not stated';
  return plan.miles === undefined ? months : `${months} / ${milesLabel(plan.miles)}`;
}

/** "to 250,552 on the odometer", or null when coverage has no mileage end. */
export function odometerEnd(plan: PlanTermFields, odometer: number): string | null {
  const ends = coverageEndsAtOdometer(plan, odometer);
  return ends === null ? null : `to ${thousands(ends)} on the odometer`;
}

/** "48 months / 60,000 miles — to 250,552 on the odometer". */
export function coverageTerm(plan: PlanTermFields, odometer: number): string {
  const end = odometerEnd(plan, odometer);
  return end ? `${durationAndMiles(plan)} — ${end}` : durationAndMiles(plan);
}
