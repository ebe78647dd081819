/** The sandbox's partner endpoints over real loopback HTTP, as PARTNER_API.md describes them. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  envelopeSchema,
  MAKE_MODEL_YEAR_SEARCH_PATH,
  MILEAGE_DRIFT_LIMIT,
  REGISTRATION_TTL_MS,
  registrationPayloadSchema,
  searchPayloadSchema,
  startPricePayloadSchema,
} from '../../main/core/partner/wire.js';
import { createSandbox } from '../../main/core/sandbox/sandboxServer.js';
import type { Sandbox } from '../../main/core/sandbox/sandboxServer.js';
import { PATHS, pollUntilDone, postJson, searchBodyFor, sleep, testVin } from './sandboxTestKit.js';

let sandbox: Sandbox;
let clock = Date.UTC(2026, 0, 15);
const START = clock;

beforeAll(async () => {
  sandbox = await createSandbox({ registrationMs: 50, seed: 7, now: () => clock });
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.reset();
  clock = START;
});

const post = (path: string, body: unknown, opts?: Parameters<typeof postJson>[3]) => postJson(sandbox.url, path, body, opts);

/** Registers and polls to 201; returns the statuses seen. */
async function registerFully(vin: string, mileage: number) {
  return pollUntilDone(sandbox.url, PATHS.register, { vin, mileage });
}

describe('sandbox: auth, routing and body problems', () => {
  it('answers 401 with the envelope for a missing or empty bearer token, and accepts any token', async () => {
    const body = { vin: testVin(1), mileage: 1000 };
    for (const token of [null, '', '   ']) {
      const answer = await post(PATHS.register, body, { token });
      expect(answer.status).toBe(401);
      expect(envelopeSchema.parse(answer.body).errorResponse?.errors[0]?.errorCode).toBe('Unauthorized');
    }
    expect((await post(PATHS.register, body, { token: 'anything-at-all' })).status).toBe(202);
  });

  it('answers 404 for an unknown path and 405 (Allow: POST) for another method', async () => {
    const unknown = await post('/api/v2/Partners/Nope', {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.errorResponse.errors[0].errorCode).toBe('NotFound');
    const get = await post(PATHS.register, undefined, { method: 'GET' });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('answers 400 MissingField for malformed JSON and for missing fields (all of them listed)', async () => {
    const malformed = await post(PATHS.register, undefined, { raw: '{"vin": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errorResponse.errors[0].errorCode).toBe('MissingField');
    const missing = await post(PATHS.register, {});
    expect(missing.status).toBe(400);
    const errors = envelopeSchema.parse(missing.body).errorResponse?.errors ?? [];
    expect(errors.map((e) => [e.errorCode, e.errorNumber, e.errorField])).toEqual([
      ['MissingField', 4001, 'VIN'],
      ['MissingField', 4001, 'Mileage'],
    ]);
    const noCriteria = await post(PATHS.searchByVin, { vin: testVin(1) });
    expect(noCriteria.body.errorResponse.errors[0].errorField).toBe('SearchCriteria');
  });

  it('rejects an unreadable VIN with CantParseVIN 4005 and both documented suggestions', async () => {
    const good = testVin(2);
    const wrongCheckDigit = good.slice(0, 8) + (good[8] === '0' ? '1' : '0') + good.slice(9);
    for (const vin of ['1HGCM82633A00435', '1HGCM82633A004352X', 'IHGCM82633A004352', '1HGCM82633A0O4352', wrongCheckDigit]) {
      const answer = await post(PATHS.register, { vin, mileage: 1000 });
      expect(answer.status, vin).toBe(400);
      const [error] = envelopeSchema.parse(answer.body).errorResponse?.errors ?? [];
      expect(error).toMatchObject({ errorCode: 'CantParseVIN', errorNumber: 4005, errorField: 'VIN' });
      expect(error?.suggestions.map((s) => s.action)).toEqual(['CheckInput', 'RetryWithAlternative']);
      expect(error?.suggestions[0]?.message).toMatch(/17 characters/);
      expect(error?.suggestions[0]?.message).toMatch(/I, O or Q/);
      expect(error?.suggestions[1]?.endpoint).toBe(MAKE_MODEL_YEAR_SEARCH_PATH);
    }
  });

  it('rejects a mileage outside 1..250,000 or not a whole number with InvalidMileage', async () => {
    for (const mileage of [0, -5, 250_001, 12.5, '1000']) {
      const answer = await post(PATHS.register, { vin: testVin(3), mileage });
      expect(answer.status, String(mileage)).toBe(400);
      const [error] = envelopeSchema.parse(answer.body).errorResponse?.errors ?? [];
      expect(error).toMatchObject({ errorCode: 'InvalidMileage', errorField: 'Mileage' });
      expect(error?.suggestions[0]?.action).toBe('CheckInput');
    }
    expect((await post(PATHS.register, { vin: testVin(3), mileage: 250_000 })).status).toBe(202);
  });

  it('needs a state or a ZIP for a search, and says which one is wrong', async () => {
    const none = await post(PATHS.searchByVin, { searchCriteria: { vin: testVin(4), mileage: 10 } });
    expect(none.body.errorResponse.errors[0]).toMatchObject({ errorCode: 'MissingField', errorField: 'StateShortName' });
    const badZip = await post(PATHS.searchByVin, searchBodyFor(testVin(4), 10, { zip: '1234' }));
    expect(badZip.body.errorResponse.errors[0]).toMatchObject({ errorCode: 'InvalidLocation', errorField: 'Zip' });
    const badState = await post(PATHS.startPrice, searchBodyFor(testVin(4), 10, { stateShortName: 'XX' }));
    expect(badState.body.errorResponse.errors[0]).toMatchObject({ errorCode: 'InvalidLocation', errorField: 'StateShortName' });
  });
});

describe('sandbox: registration and the polling pattern', () => {
  it('answers 202, then 200 while working, then 201 with the registration; counts it once', async () => {
    const vin = testVin(10);
    const { statuses, answer } = await registerFully(vin, 12_345);
    expect(statuses[0]).toBe(202);
    expect(statuses.slice(1, -1).every((s) => s === 200)).toBe(true);
    expect(statuses.length).toBeGreaterThan(2);
    expect(answer.status).toBe(201);
    const payload = registrationPayloadSchema.parse(answer.body.response);
    expect(payload).toMatchObject({ vin, mileage: 12_345 });
    expect(Date.parse(payload.expiresAt ?? '')).toBe(START + REGISTRATION_TTL_MS);

    const again = await post(PATHS.register, { vin, mileage: 12_345 });
    expect(again.status).toBe(201);
    expect(sandbox.stats()).toMatchObject({ registrationsCompleted: 1, registeredVins: 1 });
  });

  it('treats another mileage as another registration (the cache key is VIN + mileage)', async () => {
    const vin = testVin(11);
    await registerFully(vin, 1_000);
    expect((await post(PATHS.register, { vin, mileage: 1_001 })).status).toBe(202);
  });

  it('polls a search for an unregistered vehicle, then answers 201 with plans and caches it', async () => {
    const vin = testVin(12);
    const { statuses, answer } = await pollUntilDone(sandbox.url, PATHS.searchByVin, searchBodyFor(vin, 40_000));
    expect(statuses[0]).toBe(202);
    expect(answer.status).toBe(201);
    expect(searchPayloadSchema.parse(answer.body.response).plans.length).toBeGreaterThanOrEqual(9);
    const price = await post(PATHS.startPrice, searchBodyFor(vin, 40_000));
    expect(price.status).toBe(201);
    expect(sandbox.stats().registrationsCompleted).toBe(1);
  });

  it('answers a cached vehicle at once for the search and the start price (the lowest total)', async () => {
    const vin = testVin(13);
    await registerFully(vin, 20_000);
    const search = await post(PATHS.searchByVin, searchBodyFor(vin, 20_000, { stateShortName: 'CA' }));
    expect(search.status).toBe(201);
    const { plans } = searchPayloadSchema.parse(search.body.response);
    const price = await post(PATHS.startPrice, searchBodyFor(vin, 20_000, { stateShortName: 'CA' }));
    expect(price.status).toBe(201);
    const payload = startPricePayloadSchema.parse(price.body.response);
    expect(payload).toMatchObject({ vin, currency: 'USD' });
    expect(payload.startPrice).toBe(Math.min(...plans.map((p) => p.totalPrice ?? Infinity)));
  });

  it('serves the cache within 5,000 miles either way and registers again at 5,000 or more', async () => {
    const vin = testVin(14);
    await registerFully(vin, 50_000);
    for (const mileage of [50_000 + MILEAGE_DRIFT_LIMIT - 1, 50_000 - (MILEAGE_DRIFT_LIMIT - 1)]) {
      expect((await post(PATHS.searchByVin, searchBodyFor(vin, mileage))).status, String(mileage)).toBe(201);
    }
    for (const mileage of [50_000 + MILEAGE_DRIFT_LIMIT, 50_000 - MILEAGE_DRIFT_LIMIT]) {
      expect((await post(PATHS.searchByVin, searchBodyFor(vin, mileage))).status, String(mileage)).toBe(202);
    }
  });

  it('forgets a registration after 30 days on the injected clock', async () => {
    const vin = testVin(15);
    await registerFully(vin, 8_000);
    clock = START + REGISTRATION_TTL_MS - 1;
    expect((await post(PATHS.searchByVin, searchBodyFor(vin, 8_000))).status).toBe(201);
    expect(sandbox.stats().registeredVins).toBe(1);
    clock = START + REGISTRATION_TTL_MS;
    expect(sandbox.stats().registeredVins).toBe(0);
    expect((await post(PATHS.startPrice, searchBodyFor(vin, 8_000))).status).toBe(202);
  });

  it('CleanVehicleCache drops the registrations and running jobs of a VIN', async () => {
    const vin = testVin(16);
    await registerFully(vin, 5_000);
    const cleaned = await post(PATHS.cleanCache, { vin });
    expect(cleaned.status).toBe(201);
    expect(cleaned.body.response).toEqual({ vin, cleared: true });
    expect(sandbox.stats().registeredVins).toBe(0);
    expect((await post(PATHS.searchByVin, searchBodyFor(vin, 5_000))).status).toBe(202); // a job runs again
    expect((await post(PATHS.cleanCache, { vin })).body.response).toEqual({ vin, cleared: true }); // the job
    expect((await post(PATHS.cleanCache, { vin })).body.response).toEqual({ vin, cleared: false });
    await sleep(60);
    expect((await post(PATHS.register, { vin, mileage: 5_000 })).status).toBe(202); // the old job is gone
    expect((await post(PATHS.cleanCache, { vin: 'SHORT' })).body.errorResponse.errors[0].errorCode).toBe('CantParseVIN');
  });
});

describe('sandbox: plans over HTTP', () => {
  it('prices by the ZIP when both ZIP and state are sent (ZIP wins)', async () => {
    const vin = testVin(20);
    await registerFully(vin, 30_000);
    const byZip = await post(PATHS.searchByVin, searchBodyFor(vin, 30_000, { zip: '90210', stateShortName: 'TX' }));
    const byCa = await post(PATHS.searchByVin, searchBodyFor(vin, 30_000, { stateShortName: 'CA' }));
    expect(byZip.body.response.stateShortName).toBe('CA');
    expect(byZip.body.response.plans).toEqual(byCa.body.response.plans);
  });

  it('honours filters in the search', async () => {
    const vin = testVin(21);
    await registerFully(vin, 30_000);
    const all = searchPayloadSchema.parse((await post(PATHS.searchByVin, searchBodyFor(vin, 30_000))).body.response).plans;
    const excluded = all[0]?.displayProviderName ?? '';
    const filtered = await post(
      PATHS.searchByVin,
      searchBodyFor(vin, 30_000, { stateShortName: 'TX' }, { coverageTypes: ['Powertrain', 'PowertrainPlus'], excludeProviders: [excluded] }),
    );
    const plans = searchPayloadSchema.parse(filtered.body.response).plans;
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.every((p) => p.coverageType !== 'MostComprehensive' && p.displayProviderName !== excluded)).toBe(true);
  });
});
