/**
 * The Quote view's requests. A quote runs in the background and reports each step as
 * a `quote` event tagged with its id, so the start price can reach the screen before the
 * plan list; a new quote or Escape cancels the one running.
 */
import { randomUUID } from 'node:crypto';
import type { EventOf } from '../../../preload/contract.js';
import type { Core } from '../createCore.js';
import { quickQuote } from '../quotes/quickQuote.js';
import { locationKey, QuoteStore } from '../quotes/quoteStore.js';
import { checkScannedVin } from '../quotes/scannedVin.js';
import { InputError } from '../shared/errors.js';
import { createLogger } from '../shared/logger.js';
import type { Handlers } from './dispatch.js';
import type { SettingsStore } from './hostPorts.js';

const log = createLogger('quotes');
type QuoteHandlers = Pick<Handlers, 'quotes:lookup' | 'quotes:start' | 'quotes:cancel'>;

export function quoteHandlers(core: Core, settings: SettingsStore, emit: (payload: EventOf<'quote'>) => void) {
  const store = new QuoteStore(core.ledger);
  const running = new Map<string, AbortController>();
  /** The importer's VIN rules, with the same "accept a bad check digit" setting. */
  const checkVinAsSet = (raw: string) => checkScannedVin(raw, { acceptBadCheckDigit: settings.get().acceptBadCheckDigit });

  const handlers: QuoteHandlers = {
    'quotes:lookup': ({ vin: raw }) => {
      const check = checkVinAsSet(raw);
      const known = check.vin.length === 17 ? core.ledger.get(check.vin) : null;
      return {
        vin: check.vin,
        valid: check.ok,
        // A VIN let through by the check-digit setting still carries its warning.
        problem: check.ok ? (check.warning ?? null) : check.reason,
        known: known !== null,
        mileage: known?.mileage ?? null,
        registration: known ? { state: known.state, registeredMileage: known.registeredMileage, expiresAt: known.expiresAt } : null,
        vehicle: known
          ? {
              ...(known.year ? { year: known.year } : {}),
              ...(known.make ? { make: known.make } : {}),
              ...(known.model ? { model: known.model } : {}),
              ...(known.stockNumber ? { stockNumber: known.stockNumber } : {}),
            }
          : null,
      };
    },

    'quotes:start': ({ vin: raw, mileage: given, stateShortName, zip, filters }) => {
      const check = checkVinAsSet(raw);
      if (!check.ok) throw new InputError(`${check.vin || 'VIN'}: ${check.reason}`, { field: 'vin' });
      const mileage = given ?? core.ledger.get(check.vin)?.mileage;
      if (mileage === undefined) throw new InputError(`No mileage for ${check.vin}: enter the odometer reading.`, { field: 'mileage' });
      const dealer = settings.get();
      const where = zip ? { zip } : stateShortName ? { stateShortName } : dealer.dealershipZip ? { zip: dealer.dealershipZip } : dealer.dealershipState ? { stateShortName: dealer.dealershipState } : null;
      if (!where) throw new InputError('Enter the customer\u2019s state or ZIP (or set the dealership\u2019s in Settings): plan prices depend on it.', { field: 'location' });
      // One quote at a time at the desk: a new VIN replaces the one in progress.
      for (const [id, c] of running) {
        c.abort();
        running.delete(id);
      }
      const quoteId = randomUUID();
      const abort = new AbortController();
      running.set(quoteId, abort);
      const request = { vin: check.vin, mileage, ...where, ...(filters ? { filters } : {}) };
      void quickQuote(core, store, request, (event) => emit({ quoteId, event }), abort.signal)
        .catch((err: unknown) => {
          log.error('quick quote failed', { error: err instanceof Error ? err.message : String(err) });
          emit({ quoteId, event: { type: 'error', message: 'The quote could not be completed; details are in the log.' } });
        })
        .finally(() => running.delete(quoteId));
      return { quoteId, vin: check.vin, mileage, location: locationKey(where) };
    },

    'quotes:cancel': ({ quoteId }) => {
      const c = running.get(quoteId);
      c?.abort();
      running.delete(quoteId);
      return { cancelled: c !== undefined };
    },
  };

  return {
    handlers,
    cancelAll() {
      for (const c of running.values()) c.abort();
      running.clear();
    },
  };
}
