/** The Vehicles screen's requests: pages of the ledger, history, and actions on one or many. */
import type { Core } from '../createCore.js';
import { describeOutcome } from '../partner/outcome.js';
import { PRIORITY } from '../registration/requestGate.js';
import { nextOffPeakStart } from '../registration/offPeakWindow.js';
import { InputError } from '../shared/errors.js';
import { toCsv } from './csvExport.js';
import type { Handlers } from './dispatch.js';
import type { SettingsStore } from './hostPorts.js';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
type VehicleHandlers = Pick<
  Handlers,
  'vehicles:list' | 'vehicles:detail' | 'vehicles:retry' | 'vehicles:reregister' | 'vehicles:clearCache' | 'vehicles:exportCsv'
>;

export function vehicleHandlers(core: Core, settings: SettingsStore, changed: () => void): VehicleHandlers {
  const now = () => core.clock.now();
  const list = (q: Parameters<VehicleHandlers['vehicles:list']>[0]) =>
    core.ledger.list({ ...q, now: now(), expiringBefore: now() + WEEK_MS });

  return {
    'vehicles:list': (q) => list(q),

    'vehicles:detail': ({ vin }) => {
      const vehicle = core.ledger.get(vin.toUpperCase());
      if (!vehicle) throw new InputError(`No vehicle with VIN ${vin} has been imported.`, { field: 'vin' });
      return { vehicle, history: core.ledger.history(vehicle.vin) };
    },

    'vehicles:retry': ({ vins, when }) => {
      const at = when === 'now' ? now() : nextOffPeakStart(now(), settings.get().offPeak);
      const scheduled = core.ledger.scheduleRetry(vins, at, now());
      void core.engine.start();
      changed();
      return { scheduled, at };
    },

    'vehicles:reregister': ({ vins }) => {
      const queued = core.ledger.forgetRegistration(vins, now());
      void core.engine.start();
      changed();
      return { queued };
    },

    'vehicles:clearCache': async ({ vins, reregister }) => {
      const failures: Array<{ vin: string; message: string }> = [];
      let cleared = 0;
      for (const vin of vins) {
        const outcome = await core.gate.run((s) => core.client.cleanCache(vin, s), { priority: PRIORITY.interactive });
        if (outcome.kind === 'done' || outcome.kind === 'in-progress') {
          // The partner no longer holds this vehicle: record that before anything else happens.
          core.ledger.atomically(() => {
            core.ledger.forgetRegistration([vin], now());
            core.ledger.recordAttempt(vin, now(), 'cache-cleared', 'partner cache cleared on request', outcome.status);
          });
          cleared++;
        } else {
          failures.push({ vin, message: describeOutcome(outcome) });
        }
      }
      if (reregister && cleared > 0) void core.engine.start();
      changed();
      return { cleared, failures };
    },

    'vehicles:exportCsv': ({ filter }) => {
      const { rows } = list({ filter, offset: 0, limit: 1_000_000, sort: 'vin' });
      const iso = (t: number | null) => (t ? new Date(t).toISOString() : '');
      const csv = toCsv(
        ['VIN', 'Stock number', 'Year', 'Make', 'Model', 'Mileage', 'State', 'Registered at', 'Expires at', 'Attempts', 'Last message'],
        rows.map((v) => [v.vin, v.stockNumber, v.year, v.make, v.model, v.mileage, v.state, iso(v.registeredAt), iso(v.expiresAt), v.attempts, v.lastError?.message]),
      );
      return { fileName: `quoteready-vehicles-${filter}-${new Date(now()).toISOString().slice(0, 10)}.csv`, csv };
    },
  };
}
