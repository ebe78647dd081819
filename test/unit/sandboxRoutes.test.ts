import { describe, expect, it } from 'vitest';
import { envelopeSchema, PATHS } from '../../main/core/partner/wire.js';
import { endpointFor, routePartnerRequest } from '../../main/core/sandbox/partnerRoutes.js';
import type { ReadRequest } from '../../main/core/sandbox/partnerRoutes.js';
import { StatsCounter } from '../../main/core/sandbox/sandboxStats.js';
import { VehicleCache } from '../../main/core/sandbox/vehicleCache.js';
import { withCheckDigit } from '../../main/core/sandbox/vinRules.js';

const VIN = withCheckDigit('1HGCM826X3A000042');

function setup() {
  const clocks = { now: Date.UTC(2026, 0, 1), elapsed: 0 };
  const cache = new VehicleCache({ now: () => clocks.now, elapsed: () => clocks.elapsed, durationFor: () => 1_000 });
  const stats = new StatsCounter();
  const ctx = { cache, stats, seed: 1, now: () => clocks.now };
  const send = (path: string, body: unknown, extra: Partial<ReadRequest> = {}) =>
    routePartnerRequest({ method: 'POST', path, authorization: 'Bearer t', body: JSON.stringify(body), ...extra }, ctx);
  return { clocks, stats, send };
}

describe('sandbox partner routes (no sockets)', () => {
  it('routes case-insensitively and ignores a trailing slash', () => {
    expect(endpointFor(PATHS.register)).toBe('register');
    expect(endpointFor(PATHS.cleanCache.toLowerCase() + '/')).toBe('cleanCache');
    expect(endpointFor(`${PATHS.register}/Other`)).toBe('other');
  });

  it('checks the path, then the method, then the token, then the body size', () => {
    const { send } = setup();
    expect(send('/nope', {}, { method: 'GET', authorization: undefined }).status).toBe(404);
    expect(send(PATHS.register, {}, { method: 'PUT', authorization: undefined }).status).toBe(405);
    expect(send(PATHS.register, {}, { authorization: 'Basic abc', bodyTooLarge: true }).status).toBe(401);
    expect(send(PATHS.register, {}, { bodyTooLarge: true }).status).toBe(413);
    const empty = send(PATHS.register, undefined, { body: '' });
    expect(empty.status).toBe(400);
    expect(envelopeSchema.parse(empty.body).errorResponse?.errors[0]?.errorCode).toBe('MissingField');
  });

  it('runs a search through the registration job and counts the completion once', () => {
    const { clocks, stats, send } = setup();
    const body = { searchCriteria: { vin: VIN.toLowerCase(), mileage: 10_000, stateShortName: 'tx' } };
    expect(send(PATHS.searchByVin, body).status).toBe(202);
    expect(send(PATHS.startPrice, body).status).toBe(200); // the same job
    clocks.elapsed = 1_000;
    const price = send(PATHS.startPrice, body);
    expect(price).toMatchObject({ status: 201, body: { response: { vin: VIN, stateShortName: 'TX', currency: 'USD' } } });
    expect(send(PATHS.searchByVin, body).status).toBe(201);
    expect(send(PATHS.register, { vin: VIN, mileage: 10_000 }).status).toBe(201);
    expect(stats.snapshot(0).registrationsCompleted).toBe(1);
  });

  it('lists every problem of a search body at once', () => {
    const { send } = setup();
    const answer = send(PATHS.searchByVin, { searchCriteria: { vin: 'BAD', mileage: 0 } });
    const errors = envelopeSchema.parse(answer.body).errorResponse?.errors ?? [];
    expect(errors.map((e) => e.errorCode)).toEqual(['CantParseVIN', 'InvalidMileage', 'MissingField']);
  });
});
