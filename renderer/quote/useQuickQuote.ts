/**
 * The Quote screen's form and the quote it runs. Enter on the VIN asks the ledger about the
 * vehicle (cleaned VIN, mileage, year/make/model) and starts the quote straight away; the
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

  const run = useCallback(async (fresh: boolean) => {
    const mine = ++seq.current;
    const current = () => mine === seq.current;
    dropRunning();
    const f = formRef.current;
    let lookup: LookupReply | null = quoteRef.current.lookup;
    const again = !fresh && lookup !== null && lookup.vin === f.vin.trim().toUpperCase();
    dispatch({ type: 'begin', at: Date.now(), keepLookup: again });

    let mileageText = f.mileage;
    if (!again) {
      const reply = await call(() => api().lookupVehicleForQuote({ vin: f.vin.slice(0, 40) }));
      if (!current()) return;
      if (!reply.ok) return dispatch({ type: 'failed', message: reply.message });
      const before = lookup;
      lookup = reply.data;
      dispatch({ type: 'looked-up', lookup });
      // A new vehicle takes the ledger's mileage; the same one keeps what the user typed.
      const sameVehicle = before?.vin === lookup.vin && f.mileage.trim() !== '';
      if (!sameVehicle) mileageText = lookup.mileage !== null ? formatMiles(lookup.mileage) : '';
      const cleaned = lookup.vin;
      const m = mileageText;
      setForm((x) => ({ ...x, vin: cleaned, mileage: m }));
    }
    if (!lookup) return;
    if (!lookup.valid) return dispatch({ type: 'needs', field: 'vin', message: lookup.problem ?? 'This is not a VIN QuoteReady can quote.' });

    const mileage = parseMileage(mileageText);
    if (mileage === null || mileage < 1 || mileage > MILEAGE_MAX) {
      const message =
        mileageText.trim() === ''
          ? lookup.known
            ? 'Enter the odometer reading: the ledger has no mileage for this vehicle.'
            : 'New vehicle: enter the odometer reading, then press Enter.'
          : `Mileage must be a whole number from 1 to ${MILEAGE_MAX.toLocaleString('en-US')}.`;
      return dispatch({ type: 'needs', field: 'mileage', message });
    }
    const state = f.state.trim().toUpperCase();
    const zip = f.zip.trim();
    if (state && !/^[A-Z]{2}$/.test(state)) return dispatch({ type: 'needs', field: 'location', message: 'State: use the two-letter abbreviation, for example TX.' });
    if (zip && !/^\d{5}$/.test(zip)) return dispatch({ type: 'needs', field: 'location', message: 'ZIP: use the five digits, for example 75201.' });
    if (!state && !zip) return dispatch({ type: 'needs', field: 'location', message: 'Enter the customer’s state or ZIP: plan prices depend on it.' });

    live.current = { quoteId: null, starting: true, buffer: [] };
    const reply = await call(() => api().startQuote({ vin: lookup.vin, mileage, ...(state ? { stateShortName: state } : {}), ...(zip ? { zip } : {}) }));
    if (!current()) {
      // Replaced or cancelled while it started: make sure it stops.
      if (reply.ok) void call(() => api().cancelQuote({ quoteId: reply.data.quoteId }));
      return;
    }
    if (!reply.ok) {
      live.current = { quoteId: null, starting: false, buffer: [] };
      return dispatch({ type: 'failed', message: reply.message });
    }
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
