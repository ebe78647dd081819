/**
 * The sandbox and the real partner client agree: every kind of answer the sandbox gives is
 * classified by the client into the PartnerOutcome the engine expects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpPartnerClient } from '../../main/core/partner/httpPartnerClient.js';
import type { PartnerClient } from '../../main/core/partner/partnerClient.js';
import { searchPayloadSchema, startPricePayloadSchema } from '../../main/core/partner/wire.js';
import { createSandbox } from '../../main/core/sandbox/sandboxServer.js';
import type { Sandbox } from '../../main/core/sandbox/sandboxServer.js';
import { sleep, testVin } from './sandboxTestKit.js';

let sandbox: Sandbox;
let client: PartnerClient;
const noFaults = { errorRate: 0, throttleRate: 0, resetRate: 0, hangRate: 0 };

beforeAll(async () => {
  sandbox = await createSandbox({ registrationMs: 40, seed: 11 });
  client = createHttpPartnerClient({ environment: 'sandbox', baseUrl: sandbox.url, token: 'sandbox' }, { requestDeadlineMs: 400 });
});
afterAll(async () => {
  await client.close();
  await sandbox.close();
});

describe('sandbox + partner client', () => {
  it('in-progress, then done, for a registration; done at once for the searches', async () => {
    const vehicle = { vin: testVin(1), mileage: 22_000 };
    expect(await client.register(vehicle)).toMatchObject({ kind: 'in-progress', status: 202 });
    expect(await client.register(vehicle)).toMatchObject({ kind: 'in-progress', status: 200 });
    await sleep(50);
    expect(await client.register(vehicle)).toMatchObject({ kind: 'done', status: 201 });
    const criteria = { ...vehicle, stateShortName: 'FL' };
    const search = await client.searchPlans(criteria, { coverageTypes: ['Powertrain'] });
    expect(search.kind).toBe('done');
    if (search.kind === 'done') expect(searchPayloadSchema.parse(search.payload).plans.every((p) => p.coverageType === 'Powertrain')).toBe(true);
    const price = await client.startPrice(criteria);
    if (price.kind !== 'done') throw new Error(`expected done, got ${price.kind}`);
    expect(startPricePayloadSchema.parse(price.payload).currency).toBe('USD');
    expect(await client.cleanCache(vehicle.vin)).toMatchObject({ kind: 'done', payload: { cleared: true } });
  });

  it('rejected with the partner errors for a bad VIN', async () => {
    const outcome = await client.register({ vin: 'NOT-A-VIN', mileage: 10 });
    expect(outcome).toMatchObject({ kind: 'rejected', status: 400, errors: [{ errorCode: 'CantParseVIN', errorNumber: 4005 }] });
  });

  it('throttled with Retry-After, unavailable, reset and timeout for the faults', async () => {
    const vehicle = { vin: testVin(2), mileage: 10 };
    try {
      sandbox.setFaults({ ...noFaults, throttleRate: 1, retryAfterS: 4 });
      expect(await client.register(vehicle)).toMatchObject({ kind: 'throttled', status: 429, retryAfterMs: 4_000 });
      sandbox.setFaults({ ...noFaults, errorRate: 1 });
      expect(await client.register(vehicle)).toMatchObject({ kind: 'unavailable' });
      sandbox.setFaults({ ...noFaults, resetRate: 1 });
      expect(await client.register(vehicle)).toMatchObject({ kind: 'network', code: 'reset' });
      sandbox.setFaults({ ...noFaults, hangRate: 1 });
      expect(await client.register(vehicle)).toMatchObject({ kind: 'network', code: 'timeout' });
    } finally {
      sandbox.setFaults(noFaults);
    }
    expect(sandbox.stats().faultsInjected).toEqual({ reset: 1, hang: 1, throttle: 1, error: 1 });
    expect(await client.register(vehicle)).toMatchObject({ kind: 'in-progress' });
  });
});
