/**
 * One quote on the screen, as a reducer over the core's quote events: the stored figures
 * at once (never current), the registration step, the live start price, the plan list, or
 * how it ended (rejected, partner unavailable, cancelled). Pure, so it is tested without a browser.
 */
import type { PlanView, QuoteEventView, ReplyOf } from '../../preload/contract';

export type LookupReply = ReplyOf<'quotes:lookup'>;
/** One error as the partner wrote it, with its suggestions. */
export type PartnerErrorView = Extract<QuoteEventView, { type: 'rejected' }>['errors'][number];

export interface Priced<T> {
  value: T;
  fetchedAt: number;
  /** false: stored from an earlier fetch, shown until (or instead of) the live one. */
  current: boolean;
  /** Where the price is for ("state:TX", "zip:75201") and at what mileage it was fetched. */
  location: string;
  mileage: number;
  /** The Enter whose answer brought it (a list kept from the last answer keeps that answer's run). */
  run: number;
}

export type Step = 'lookup' | 'registering' | 'start-price' | 'plans';

export type Phase =
  /** Nothing asked yet. */
  | 'idle'
  /** Enter was pressed; waiting for the ledger's answer. */
  | 'looking-up'
  /** The VIN is not usable, or mileage / location is missing: the form says which. */
  | 'needs-input'
  /** The quote runs: see `step`. */
  | 'running'
  | 'done'
  | 'rejected'
  | 'unavailable'
  | 'cancelled'
  | 'error';

export interface QuoteRequestShown {
  vin: string;
  mileage: number;
  location: string;
}

export interface QuoteState {
  /** Increments on every Enter: the screen marks its results with it (tests and the benchmark wait on it). */
  run: number;
  phase: Phase;
  step: Step | null;
  /** The step the quote was on when it ended without plans (rejected, unavailable, cancelled, error). */
  endedAt: Step | null;
  /** When the current step began (Date.now()), for the elapsed time shown. */
  stepSince: number;
  lookup: LookupReply | null;
  /** Which form field needs the user, and why. */
  needs: { field: 'vin' | 'mileage' | 'location'; message: string } | null;
  request: QuoteRequestShown | null;
  quoteId: string | null;
  registration: { status: 'fresh' | 'mileage-close' | 'registering' | 'registered'; message: string } | null;
  /** Whether this quote had to register the vehicle first (for the words after it). */
  registeredOnDemand: boolean;
  /** The user cleared the vehicle's partner cache after this quote: its registration is gone. */
  cacheCleared: boolean;
  startPrice: Priced<{ startPrice: number; currency: string }> | null;
  plans: Priced<PlanView[]> | null;
  rejection: { message: string; errors: PartnerErrorView[] } | null;
  unavailable: { message: string; offline: boolean } | null;
  error: string | null;
}

export const INITIAL_QUOTE: QuoteState = {
  run: 0,
  phase: 'idle',
  step: null,
  endedAt: null,
  stepSince: 0,
  lookup: null,
  needs: null,
  request: null,
  quoteId: null,
  registration: null,
  registeredOnDemand: false,
  cacheCleared: false,
  startPrice: null,
  plans: null,
  rejection: null,
  unavailable: null,
  error: null,
};

export type QuoteAction =
  /**
   * Enter. keepLookup: the same vehicle (its line stays). keepPlans: the same vehicle and place,
   * so the plan list stays too, as it was (with its own fetch time and run), until this Enter's
   * live list replaces it. The start price is always cleared: the stored one comes from the core.
   */
  | { type: 'begin'; at: number; keepLookup: boolean; keepPlans: boolean }
  | { type: 'looked-up'; lookup: LookupReply }
  /** The partner's cache for the vehicle was cleared; `lookup` is the ledger's view after it. */
  | { type: 'cache-cleared'; lookup: LookupReply | null }
  | { type: 'needs'; field: 'vin' | 'mileage' | 'location'; message: string }
  | { type: 'started'; quoteId: string; request: QuoteRequestShown; at: number }
  | { type: 'event'; event: QuoteEventView; at: number }
  | { type: 'failed'; message: string };

const ENDED: ReadonlySet<Phase> = new Set(['done', 'rejected', 'unavailable', 'cancelled', 'error']);
export const isRunning = (s: QuoteState): boolean => s.phase === 'looking-up' || s.phase === 'running';
export const hasEnded = (s: QuoteState): boolean => ENDED.has(s.phase);

export function quoteReducer(s: QuoteState, a: QuoteAction): QuoteState {
  switch (a.type) {
    case 'begin':
      // A new Enter clears the last answer at once: what shows next belongs to this run.
      return {
        ...INITIAL_QUOTE,
        run: s.run + 1,
        phase: 'looking-up',
        step: 'lookup',
        stepSince: a.at,
        lookup: a.keepLookup ? s.lookup : null,
        plans: a.keepPlans ? s.plans : null,
        // The list's odometer and place, until this run's own request replaces them.
        request: a.keepPlans ? s.request : null,
      };
    case 'looked-up':
      return { ...s, lookup: a.lookup };
    case 'cache-cleared':
      return { ...s, cacheCleared: true, lookup: a.lookup ?? s.lookup };
    case 'needs':
      return { ...s, phase: 'needs-input', step: null, needs: { field: a.field, message: a.message } };
    case 'started':
      return { ...s, phase: 'running', step: 'start-price', stepSince: a.at, quoteId: a.quoteId, request: a.request, needs: null };
    case 'failed':
      return { ...s, phase: 'error', step: null, endedAt: s.step, error: a.message };
    case 'event':
      return applyEvent(s, a.event, a.at);
  }
}

function applyEvent(s: QuoteState, e: QuoteEventView, at: number): QuoteState {
  const where = s.request;
  switch (e.type) {
    case 'stored':
      return {
        ...s,
        startPrice: e.startPrice
          ? { value: e.startPrice.value, fetchedAt: e.startPrice.fetchedAt, current: false, location: e.startPrice.location, mileage: e.startPrice.mileage, run: s.run }
          : s.startPrice,
        // The stored list that is already on screen (same fetch, same place) stays as it is.
        plans:
          e.plans && !(s.plans && s.plans.fetchedAt === e.plans.fetchedAt && s.plans.location === e.plans.location)
            ? { value: e.plans.value, fetchedAt: e.plans.fetchedAt, current: false, location: e.plans.location, mileage: e.plans.mileage, run: s.run }
            : s.plans,
      };
    case 'registration': {
      const registering = e.status === 'registering';
      return {
        ...s,
        registration: { status: e.status, message: e.message },
        registeredOnDemand: s.registeredOnDemand || registering,
        step: registering ? 'registering' : 'start-price',
        stepSince: registering || s.step === 'registering' ? at : s.stepSince,
      };
    }
    case 'start-price':
      return {
        ...s,
        step: 'plans',
        stepSince: at,
        startPrice: { value: e.startPrice, fetchedAt: e.fetchedAt, current: true, location: where?.location ?? '', mileage: where?.mileage ?? 0, run: s.run },
      };
    case 'plans':
      return {
        ...s,
        phase: 'done',
        step: null,
        plans: { value: e.plans, fetchedAt: e.fetchedAt, current: true, location: where?.location ?? '', mileage: where?.mileage ?? 0, run: s.run },
      };
    case 'rejected':
      return { ...s, phase: 'rejected', step: null, endedAt: s.step, rejection: { message: e.message, errors: e.errors } };
    case 'unavailable':
      // Whatever is on screen now stands in for an answer the partner could not give: not current.
      return {
        ...s,
        phase: 'unavailable',
        step: null,
        endedAt: s.step,
        unavailable: { message: e.message, offline: e.offline },
        plans: s.plans && s.plans.current ? { ...s.plans, current: false } : s.plans,
      };
    case 'cancelled':
      // Once a quote has ended (plans shown, rejected...), a late cancel changes nothing.
      return hasEnded(s) ? s : { ...s, phase: 'cancelled', step: null, endedAt: s.step };
    case 'error':
      return { ...s, phase: 'error', step: null, endedAt: s.step, error: e.message };
  }
}
