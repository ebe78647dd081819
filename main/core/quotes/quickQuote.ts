/**
 * The quick quote while the customer is at the desk: stored figures at once, then
 * the live start price, then the full plan list; registering on demand first when the
 * partner does not hold a fresh registration. Every partner request takes the next
 * free place in the gate ahead of batch work.
 */
import type { Core } from '../createCore.js';
import { registrationFreshness } from '../ledger/freshness.js';
import { describeOutcome, type PartnerOutcome } from '../partner/outcome.js';
import { searchPayloadSchema, startPricePayloadSchema, type PartnerErrorItem, type Plan, type SearchCriteria } from '../partner/wire.js';
import { DEFAULT_BACKOFF } from '../registration/backoff.js';
import { registerVehicle } from '../registration/registerVehicle.js';
import { PRIORITY } from '../registration/requestGate.js';
import { settleOutcome } from '../registration/settleOutcome.js';
import { pollUntilDone, type RoundResult } from '../registration/pollUntilDone.js';
import { locationKey, QuoteStore, type StartPrice, type StoredQuote } from './quoteStore.js';

export type QuoteEvent =
  | { type: 'stored'; startPrice: StoredQuote<StartPrice> | null; plans: StoredQuote<Plan[]> | null }
  | { type: 'registration'; status: 'fresh' | 'mileage-close' | 'registering' | 'registered'; message: string }
  | { type: 'start-price'; startPrice: StartPrice; fetchedAt: number }
  | { type: 'plans'; plans: Plan[]; fetchedAt: number }
  | { type: 'rejected'; message: string; errors: PartnerErrorItem[] }
  | { type: 'unavailable'; message: string; offline: boolean }
  | { type: 'cancelled' };

export interface QuoteRequest extends SearchCriteria {
  filters?: Record<string, unknown>;
}

export type QuoteEnd = 'plans' | 'rejected' | 'unavailable' | 'cancelled';

export async function quickQuote(core: Core, store: QuoteStore, req: QuoteRequest, emit: (e: QuoteEvent) => void, signal: AbortSignal): Promise<QuoteEnd> {
  const { ledger, clock } = core;
  const location = locationKey(req);
  emit({ type: 'stored', startPrice: store.get(req.vin, 'start-price', location), plans: store.get(req.vin, 'plans', location) });

  const send = (call: (s?: AbortSignal) => Promise<PartnerOutcome>) => core.gate.run(call, { priority: PRIORITY.interactive, signal });
  const fail = (o: RoundResult): QuoteEnd => {
    if (o.kind === 'rejected') emit({ type: 'rejected', message: describeOutcome(o), errors: o.errors });
    else if (o.kind === 'timeout') emit({ type: 'unavailable', message: `The partner was still working after ${o.polls} polls; try again in a minute.`, offline: false });
    else emit({ type: 'unavailable', message: describeOutcome(o), offline: o.kind === 'network' });
    return o.kind === 'rejected' ? 'rejected' : 'unavailable';
  };
  const poll = { clock, random: core.random, signal };

  try {
    const known = ledger.get(req.vin);
    const freshness = known ? registrationFreshness(known, req.mileage, clock.now()) : null;
    if (freshness?.fresh) {
      const close = known!.registeredMileage !== req.mileage;
      emit({
        type: 'registration',
        status: close ? 'mileage-close' : 'fresh',
        message: close
          ? `Using the partner registration at ${known!.registeredMileage!.toLocaleString('en-US')} miles (within 5,000 of ${req.mileage.toLocaleString('en-US')}).`
          : 'Registered with the partner; prices answer at once.',
      });
    } else {
      emit({ type: 'registration', status: 'registering', message: freshness && !freshness.fresh ? `Registering: ${freshness.detail}.` : 'Registering this vehicle with the partner…' });
      const claimed = ledger.claimForQuote({ vin: req.vin, mileage: req.mileage, source: { file: 'quick quote', row: 0 } }, clock.now());
      const round = await registerVehicle(claimed, { ...core, signal, priority: PRIORITY.interactive });
      if (round === 'cancelled') {
        ledger.putBack(req.vin, clock.now());
        emit({ type: 'cancelled' });
        return 'cancelled';
      }
      settleOutcome(claimed, round, { ledger, clock, random: core.random, backoff: DEFAULT_BACKOFF });
      if (round.kind !== 'done') return fail(round);
      emit({ type: 'registration', status: 'registered', message: 'Registered with the partner.' });
    }

    const price = await pollUntilDone(() => send((s) => core.client.startPrice(req, s)), poll);
    if (price.kind !== 'done') return fail(price);
    const parsedPrice = startPricePayloadSchema.safeParse(price.payload);
    if (parsedPrice.success) {
      const value = { startPrice: parsedPrice.data.startPrice, currency: parsedPrice.data.currency };
      const at = clock.now();
      store.put(req.vin, 'start-price', location, req.mileage, value, at);
      emit({ type: 'start-price', startPrice: value, fetchedAt: at });
    }

    const search = await pollUntilDone(() => send((s) => core.client.searchPlans(req, req.filters, s)), poll);
    if (search.kind !== 'done') return fail(search);
    const parsed = searchPayloadSchema.safeParse(search.payload);
    if (!parsed.success) {
      emit({ type: 'unavailable', message: 'The partner sent a plan list we could not read.', offline: false });
      return 'unavailable';
    }
    const at = clock.now();
    store.put(req.vin, 'plans', location, req.mileage, parsed.data.plans, at);
    emit({ type: 'plans', plans: parsed.data.plans, fetchedAt: at });
    return 'plans';
  } catch (err) {
    if (signal.aborted) {
      emit({ type: 'cancelled' });
      return 'cancelled';
    }
    throw err;
  }
}
