/**
 * The Quote screen's form and the quote it runs. Enter on the VIN asks the ledger about the
 * vehicle (cleaned VIN, mileage, year/make/model) and starts the quote in the same moment; the
 * core then pushes each step as a `quote` event. Events can arrive before startQuote's reply
 * names the quote (main emits the stored figures at once), so they wait in a small buffer
 * until the id is known. Kept by the shell, so a quote survives a look at another screen.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { EventOf } from '../../preload/contract';
import { api, call } from '../shared/api';
import { formatMiles, parseMileage } from './quoteWords';
import { INITIAL_QUOTE, isRunning, quoteReducer, type LookupReply, type QuoteState } from './quoteState';

export interface QuoteForm {
  vin: string;
  mileage: string;
  state: string;
  zip: string;
}

export interface QuickQuote {
  form: QuoteForm;
  setField(field: keyof QuoteForm, value: string): void;
  quote: QuoteState;
  /** Enter on the VIN: look the vehicle up again, then quote. */
  submitVin(): Promise<void>;
  /** Enter on mileage, state or ZIP (or "Quote again"): quote with what the form says now. */
  submitAgain(): Promise<void>;
  cancel(): Promise<void>;
  /** After the vehicle's partner cache was cleared: the ledger's view of it again. */
  cacheCleared(): Promise<void>;
}

type Payload = EventOf<'quote'>;
const MILEAGE_MAX = 250_000;

export function useQuickQuote(dealer: { state: string; zip: string } | null): QuickQuote {
  const [form, setForm] = useState<QuoteForm>({ vin: '', mileage: '', state: '', zip: '' });
  const [quote, dispatch] = useReducer(quoteReducer, INITIAL_QUOTE);
  const formRef = useRef(form);
  formRef.current = form;
  const quoteRef = useRef(quote);
  quoteRef.current = quote;
  /** Which quote's events to show; events that come before the id is known wait in `buffer`. */
  const live = useRef<{ quoteId: string | null; starting: boolean; buffer: Payload[] }>({ quoteId: null, starting: false, buffer: [] });
  /** Bumped by every submit and cancel: an answer for an older one is dropped. */
  const seq = useRef(0);
  const locationEdited = useRef(false);

  // The dealership's state and ZIP, until the user types another.
  useEffect(() => {
    if (dealer && !locationEdited.current) setForm((f) => ({ ...f, state: dealer.state, zip: dealer.zip }));
  }, [dealer]);

  useEffect(
    () =>
      api().onQuote((payload) => {
        const l = live.current;
        if (payload.quoteId === l.quoteId) dispatch({ type: 'event', event: payload.event, at: Date.now() });
        else if (l.starting) l.buffer.push(payload);
      }),
    [],
  );

  const setField = useCallback((field: keyof QuoteForm, value: string) => {
    if (field === 'state' || field === 'zip') locationEdited.current = true;
    setForm((f) => ({ ...f, [field]: field === 'state' ? value.toUpperCase() : value }));
  }, []);

  /** Stops the quote on screen, if it still runs, without waiting for it. */
  const dropRunning = () => {
    const l = live.current;
    if (l.quoteId && isRunning(quoteRef.current)) void call(() => api().cancelQuote({ quoteId: l.quoteId! }));
    live.current = { quoteId: null, starting: false, buffer: [] };
  };

  /**
   * Enter: the ledger lookup (cleaned VIN, mileage, year/make/model) and the quote itself go out
   * together. The quote takes the ledger's mileage unless the user typed one for this same
   * vehicle, so the stored start price is one local round trip away, not two.
   */
  const run = useCallback(async (fresh: boolean) => {
    const mine = ++seq.current;
    const current = () => mine === seq.current;
    dropRunning();
    const f = formRef.current;
    const prior = quoteRef.current.lookup;
    const sameVehicle = prior !== null && prior.vin === f.vin.trim().toUpperCase();
    const again = !fresh && sameVehicle;
    // What the form says: location always; mileage only for the vehicle it was typed for.
    const state = f.state.trim().toUpperCase();
    const zip = f.zip.trim();
    // The same vehicle keeps its line on screen while the ledger is asked again; for the same
    // place its plan list stays too (marked not current: it is the last one fetched).
    const samePlace = quoteRef.current.request?.location === (zip ? `zip:${zip}` : `state:${state}`);
    dispatch({ type: 'begin', at: Date.now(), keepLookup: sameVehicle, keepPlans: sameVehicle && samePlace });
    const locationProblem =
      state && !/^[A-Z]{2}$/.test(state)
        ? 'State: use the two-letter abbreviation, for example TX.'
        : zip && !/^\d{5}$/.test(zip)
          ? 'ZIP: use the five digits, for example 75201.'
          : !state && !zip
            ? 'Enter the customer’s state or ZIP: plan prices depend on it.'
            : null;
    // Typed mileage counts for the vehicle it was typed for, or whenever the user pressed Enter
    // outside the VIN field (they typed VIN and mileage, then Enter): only a new VIN drops it.
    const typedMileage = (sameVehicle || !fresh) && f.mileage.trim() !== '' ? f.mileage : null;
    const mileage = typedMileage === null ? undefined : parseMileage(typedMileage);
    const mileageProblem = mileage === null || (mileage !== undefined && (mileage < 1 || mileage > MILEAGE_MAX)) ? `Mileage must be a whole number from 1 to ${formatMiles(MILEAGE_MAX)}.` : null;

    const looked = (async (): Promise<LookupReply | null> => {
      if (again) return prior;
      const reply = await call(() => api().lookupVehicleForQuote({ vin: f.vin.slice(0, 40) }));
      if (!current()) return null;
      if (!reply.ok) {
        dispatch({ type: 'failed', message: reply.message });
        return null;
      }
      const found = reply.data;
      // Nothing to draw again when the ledger says what it said a moment ago.
      if (!prior || JSON.stringify(prior) !== JSON.stringify(found)) dispatch({ type: 'looked-up', lookup: found });
      // A new vehicle takes the ledger's mileage; the same one keeps what the user typed.
      const m = typedMileage ?? (found.mileage !== null ? formatMiles(found.mileage) : '');
      setForm((x) => (x.vin === found.vin && x.mileage === m ? x : { ...x, vin: found.vin, mileage: m }));
      return found;
    })();
    const needsMileage = (found: LookupReply | null) =>
      found?.known ? 'Enter the odometer reading: the ledger has no mileage for this vehicle.' : 'New vehicle: enter the odometer reading, then press Enter.';

    if (locationProblem || mileageProblem) {
      const found = await looked;
      if (!current() || !found) return;
      if (!found.valid) return dispatch({ type: 'needs', field: 'vin', message: found.problem ?? 'This is not a VIN QuoteReady can quote.' });
      return dispatch(mileageProblem ? { type: 'needs', field: 'mileage', message: mileageProblem } : { type: 'needs', field: 'location', message: locationProblem! });
    }

    live.current = { quoteId: null, starting: true, buffer: [] };
    const reply = await call(() =>
      api().startQuote({ vin: f.vin.slice(0, 40), ...(mileage != null ? { mileage } : {}), ...(state ? { stateShortName: state } : {}), ...(zip ? { zip } : {}) }),
    );
    if (!current()) {
      // Replaced or cancelled while it started: make sure it stops.
      if (reply.ok) void call(() => api().cancelQuote({ quoteId: reply.data.quoteId }));
      return;
    }
    if (!reply.ok) {
      live.current = { quoteId: null, starting: false, buffer: [] };
      const field = (reply.details as { field?: string } | undefined)?.field;
      if (field === 'vin' || field === 'mileage') {
        // The lookup says it in the desk's words (and fills the form).
        const found = await looked;
        if (!current()) return;
        if (field === 'vin') return dispatch({ type: 'needs', field: 'vin', message: found?.problem ?? reply.message });
        return dispatch({ type: 'needs', field: 'mileage', message: needsMileage(found) });
      }
      if (field === 'location') return dispatch({ type: 'needs', field: 'location', message: reply.message });
      return dispatch({ type: 'failed', message: reply.message });
    }
    // The mileage as quoted, written the way it is read ("193,900").
    const quoted = reply.data.mileage;
    setForm((x) => (parseMileage(x.mileage) === quoted && x.mileage !== formatMiles(quoted) ? { ...x, mileage: formatMiles(quoted) } : x));
    const early = live.current.buffer.filter((p) => p.quoteId === reply.data.quoteId);
    live.current = { quoteId: reply.data.quoteId, starting: false, buffer: [] };
    const at = Date.now();
    dispatch({ type: 'started', quoteId: reply.data.quoteId, request: { vin: reply.data.vin, mileage: reply.data.mileage, location: reply.data.location }, at });
    for (const p of early) dispatch({ type: 'event', event: p.event, at });
  }, []);

  const submitVin = useCallback(() => run(true), [run]);
  const submitAgain = useCallback(() => run(false), [run]);

  const cancel = useCallback(async () => {
    const q = quoteRef.current;
    if (!isRunning(q)) return;
    const quoteId = live.current.quoteId;
    seq.current++;
    if (!quoteId) {
      // Still looking up or starting: the answer is dropped (and a started quote stopped) when it comes.
      live.current = { quoteId: null, starting: false, buffer: [] };
      dispatch({ type: 'event', event: { type: 'cancelled' }, at: Date.now() });
      return;
    }
    const reply = await call(() => api().cancelQuote({ quoteId }));
    // The core also reports 'cancelled'; showing it now keeps Escape instant.
    if (reply.ok && reply.data.cancelled) dispatch({ type: 'event', event: { type: 'cancelled' }, at: Date.now() });
  }, []);

  const cacheCleared = useCallback(async () => {
    const vin = quoteRef.current.lookup?.vin;
    const reply = vin ? await call(() => api().lookupVehicleForQuote({ vin })) : null;
    dispatch({ type: 'cache-cleared', lookup: reply?.ok ? reply.data : null });
  }, []);

  return { form, setField, quote, submitVin, submitAgain, cancel, cacheCleared };
}
