/**
 * Ledger.intake and Ledger.forecastIntake share one decision (intakePlan.ts): for every
 * state a vehicle can be in, and for a VIN listed twice in one import, the forecast
 * equals what intake then does, and the forecast writes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Ledger } from '../../main/core/ledger/ledger.js';
import { makeVins } from '../support/vins.js';

const DAY = 86_400_000;
const NOW = 1_750_000_000_000;
let dir = '';
let ledger: Ledger;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qr-intake-'));
  ledger = Ledger.open(join(dir, 'ledger.sqlite'));
});
afterEach(() => {
  ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

it('forecast equals intake for every state, and for a VIN listed twice', () => {
  const [fresh, moved, expired, queued, rejected, rejectedChanged, failed, twice, twiceNew] = makeVins(9);
  ledger.intake([fresh, moved, expired, queued, rejected, rejectedChanged, failed, twice].map((vin) => ({ vin: vin!, mileage: 40_000 })), NOW - DAY);
  for (const vin of [fresh, moved, twice]) ledger.markRegistered(vin!, 40_000, NOW - DAY, NOW + 20 * DAY);
  ledger.markRegistered(expired!, 40_000, NOW - 40 * DAY, NOW - 10 * DAY);
  for (const vin of [rejected, rejectedChanged]) ledger.markRejected(vin!, { kind: 'rejected', message: 'no' }, NOW - DAY);
  ledger.markFailed(failed!, 5, { kind: 'unavailable', message: '503' }, NOW - DAY);

  const incoming = [
    { vin: fresh!, mileage: 44_999 },
    { vin: moved!, mileage: 35_000 },
    { vin: expired!, mileage: 40_000 },
    { vin: queued!, mileage: 41_000 },
    { vin: rejected!, mileage: 40_000 },
    { vin: rejectedChanged!, mileage: 40_100 },
    { vin: failed!, mileage: 40_000 },
    // Fresh at first (skipped), then moved 6,000 by a later row of the same import (queued again).
    { vin: twice!, mileage: 40_500 },
    { vin: twice!, mileage: 46_000 },
    { vin: twiceNew!, mileage: 10 },
    { vin: twiceNew!, mileage: 20 },
  ];
  const counts = ledger.counts();
  const forecast = ledger.forecastIntake(incoming, NOW);
  expect(ledger.counts()).toEqual(counts);
  expect(ledger.get(moved!)?.mileage).toBe(40_000);

  const done = ledger.intake(incoming, NOW);
  expect(forecast).toEqual(done);
  expect(done).toEqual({ added: 1, requeued: 5, skippedFresh: 2, alreadyQueued: 2, keptRejected: 1, mileageMoved: 2 });
  expect(ledger.get(twice!)).toMatchObject({ state: 'queued', mileage: 46_000 });
  expect(ledger.get(twiceNew!)).toMatchObject({ state: 'queued', mileage: 20 });
  expect(ledger.get(fresh!)).toMatchObject({ state: 'registered', mileage: 44_999, registeredMileage: 40_000 });
});

it('takes 10,000 vehicles in one transaction and forecasts them without writing', () => {
  const vehicles = makeVins(10_000).map((vin, i) => ({ vin, mileage: 1 + i, stockNumber: `S${i}`, source: { file: 'f.csv', row: i + 2 } }));
  expect(ledger.forecastIntake(vehicles, NOW)).toMatchObject({ added: 10_000 });
  expect(ledger.counts().queued).toBe(0);
  expect(ledger.intake(vehicles, NOW)).toMatchObject({ added: 10_000 });
  expect(ledger.forecastIntake(vehicles, NOW)).toMatchObject({ alreadyQueued: 10_000 });
  expect(ledger.get(vehicles[9_999]!.vin)).toMatchObject({ stockNumber: 'S9999', source: { file: 'f.csv', row: 10_001 } });
});
