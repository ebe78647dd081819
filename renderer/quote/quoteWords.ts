/**
 * The Quote screen's words: money, "as of" times, ages of stored prices, coverage levels,
 * where a price is for. Pure functions, so they are checked without a browser.
 */
import type { PlanView } from '../../preload/contract';

/** Built once per currency and style: an Intl.NumberFormat costs far more to make than to use. */
const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Dollars with a $ and thousands separators; cents only where the price has them (headline figures). */
export function formatMoney(amount: number, currency = 'USD', cents: 'auto' | 'always' = 'auto'): string {
  const whole = Number.isInteger(amount) && cents === 'auto';
  const key = `${currency}:${whole}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 });
    moneyFormats.set(key, f);
  }
  return f.format(amount);
}

const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dayAndClock = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
const fullDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "2:41 PM" today, "Mar 3, 2:41 PM" another day: local time. */
export function formatFetchedAt(at: number, now = Date.now()): string {
  return new Date(at).toDateString() === new Date(now).toDateString() ? clock.format(at) : dayAndClock.format(at);
}

/** "Mar 3, 2026, 2:41 PM", for the printed sheet. */
export const formatPrintedAt = (at: number): string => fullDate.format(at);

/** "just now", "12 min ago", "5 hours ago", "3 days ago". */
export function formatAge(at: number, now = Date.now()): string {
  const s = Math.max(0, Math.round((now - at) / 1000));
  if (s < 60) return 'just now';
  const min = Math.round(s / 60);
  if (min < 60) return `${min} min ago`;
  const h = Math.round(min / 60);
  if (h < 24) return h === 1 ? '1 hour ago' : `${h} hours ago`;
  const d = Math.round(h / 24);
  return d === 1 ? '1 day ago' : `${d} days ago`;
}

/** What a price is for: "state:TX" -> "TX", "zip:75201" -> "ZIP 75201". */
export function locationLabel(location: string): string {
  if (location.startsWith('zip:')) return `ZIP ${location.slice(4)}`;
  if (location.startsWith('state:')) return location.slice(6) || 'no state';
  return location;
}

/** The partner's coverage levels in words; unknown ones exactly as the partner sent them. */
const COVERAGE: Record<string, string> = {
  None: 'None',
  Powertrain: 'Powertrain',
  PowertrainPlus: 'Powertrain Plus',
  MostComprehensive: 'Most Comprehensive',
};
export const coverageLabel = (type: string | undefined): string => (type === undefined ? '—' : (COVERAGE[type] ?? type));

/** Stored (not current) or live: the words that go beside a price. */
export function freshnessWords(f: { fetchedAt: number; current: boolean }, now = Date.now()): string {
  return f.current ? `as of ${formatFetchedAt(f.fetchedAt, now)}` : `${formatAge(f.fetchedAt, now)}, not current`;
}

/** The long form for a fallback: "Not current — last fetched Mar 3, 2:41 PM (3 days ago)". */
export function notCurrentWords(fetchedAt: number, now = Date.now()): string {
  return `Not current — last fetched ${formatFetchedAt(fetchedAt, now)} (${formatAge(fetchedAt, now)})`;
}

/** "42,000" or "42000 mi" -> 42000; null when it is not a whole number of miles. */
export function parseMileage(text: string): number | null {
  const digits = text.replace(/[,\s]|mi(les)?$/gi, '');
  if (!/^\d{1,7}$/.test(digits)) return null;
  return Number(digits);
}

const miles = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
export const formatMiles = (n: number): string => miles.format(n);

/** The vehicle in one line: "2021 Ford F-150". Null when the ledger knows none of it. */
export function vehicleName(v: { year?: string | undefined; make?: string | undefined; model?: string | undefined } | null): string | null {
  if (!v) return null;
  const words = [v.year, v.make, v.model].filter((w): w is string => Boolean(w && w.trim()));
  return words.length ? words.join(' ') : null;
}

/** "$91.79 × 24", "Paid in full" (one payment), or "—" when the partner gave no monthly price. */
export function monthlyWords(p: Pick<PlanView, 'monthlyPrice' | 'numberOfPayments'>): string {
  if (p.numberOfPayments === 1) return 'Paid in full';
  if (p.monthlyPrice === undefined) return '—';
  const each = formatMoney(p.monthlyPrice, 'USD', 'always');
  return p.numberOfPayments ? `${each} × ${p.numberOfPayments}` : each;
}
