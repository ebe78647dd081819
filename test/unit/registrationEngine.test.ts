import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Ledger } from '../../main/core/ledger/ledger.js';
import { RegistrationEngine, type EngineOptions } from '../../main/core/registration/registrationEngine.js';
import { RequestGate } from '../../main/core/registration/requestGate.js';
import { systemClock } from '../../main/core/shared/clock.js';
import { REGISTRATION_TTL_MS } from '../../main/core/partner/wire.js';
import type { PartnerOutcome } from '../../main/core/partner/outcome.js';
import { afterPolls, done, inProgress, ScriptedPartner, type Script } from '../support/scriptedPartner.js';
import { makeVins } from '../support/vins.js';

let ledger: Ledger;
let engine: RegistrationEngine | undefined;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z') });
  ledger = Ledger.open(':memory:');
});
afterEach(async () => {
  await engine?.dispose();
  engine = undefined;
  ledger.close();
  vi.useRealTimers();
});

function setup(script: Script, opts: Partial<EngineOptions> = {}, vehicles = 12) {
  const partner = new ScriptedPartner(script);
  const concurrency = opts.concurrency ?? 3;
  const vins = makeVins(vehicles);
  ledger.intake(vins.map((vin, i) => ({ vin, mileage: 10_000 + i })), Date.now());
  // A fixed "random" keeps jitter at its midpoint so timings are exact.
  engine = new RegistrationEngine({
    ledger,
    client: partner,
    gate: new RequestGate(concurrency, systemClock),
    clock: systemClock,
    random: () => 0.5,
    concurrency,
    ...opts,
  });
  return { partner, vins, engine };
}

/** Drives fake time until the run finishes. */
async function runToEnd(e: RegistrationEngine, maxMs = 3_600_000) {
  const run = e.start();
  let finished = false;
  void run.then(() => (finished = true));
  for (let t = 0; t < maxMs && !finished; t += 500) await vi.advanceTimersByTimeAsync(500);
  expect(finished).toBe(true);
  return run;
}

describe('registration engine on fake timers', () => {
  it('registers every vehicle, polling every 1-2 s, never above the concurrency', async () => {
    const { partner, engine } = setup(afterPolls(2));
    const figures = await runToEnd(engine);
    expect(ledger.counts().registered).toBe(12);
    expect(figures.registered).toBe(12);
    expect(partner.requests).toBe(36); // 2 polls + the 201, per vehicle
    expect(partner.maxInFlight).toBeLessThanOrEqual(3);
    expect(partner.maxInFlight).toBe(3);
    const firstVin = partner.log[0]!.vin;
    const times = partner.log.filter((l) => l.vin === firstVin).map((l) => l.at);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    for (const gap of gaps) {
      expect(gap).toBeGreaterThanOrEqual(1_000);
      expect(gap).toBeLessThanOrEqual(2_100);
    }
  });

  it('keeps a 400 as final, with the partner words, and never retries it', async () => {
    const rejection: PartnerOutcome = {
      kind: 'rejected',
      status: 400,
      errors: [{ errorMessage: 'VIN could not be parsed', errorCode: 'CantParseVIN', errorNumber: 4005, errorField: 'VIN', suggestions: [{ action: 'CheckInput', message: 'Check the VIN' }] }],
    };
    const { partner, vins, engine } = setup((vin) => (vin === makeVins(12)[4] ? rejection : done));
    await runToEnd(engine);
    const rejected = ledger.get(vins[4]!)!;
    expect(rejected.state).toBe('rejected');
    expect(rejected.lastError?.partnerErrors?.[0]?.errorNumber).toBe(4005);
    expect(rejected.lastError?.partnerErrors?.[0]?.suggestions[0]?.message).toBe('Check the VIN');
    expect(partner.calls.get(vins[4]!)).toBe(1);
    expect(ledger.counts().registered).toBe(11);
  });

  it('honours Retry-After on 429 and holds every request until then', async () => {
    const target = makeVins(3)[0]!;
    const { partner, engine } = setup(
      (vin, call) => (vin === target && call === 1 ? { kind: 'throttled', status: 429, retryAfterMs: 30_000 } : done),
      { concurrency: 1 },
      3,
    );
    const start = Date.now();
    await runToEnd(engine);
    expect(ledger.counts().registered).toBe(3);
    const after429 = partner.log.filter((l) => l.at > start + 50);
    // Nothing at all went out during the 30 s the partner asked for.
    expect(after429.every((l) => l.at >= start + 30_000)).toBe(true);
    expect(ledger.history(target).map((h) => h.event)).toEqual(['registered', 'retry']);
  });

  it('retries 5xx with backoff, then succeeds; gives up after the attempt limit', async () => {
    const [flaky, dead] = makeVins(2);
    const { partner, engine } = setup(
      (vin, call) =>
        vin === dead || (vin === flaky && call <= 2) ? { kind: 'unavailable', status: 503, message: 'Service Unavailable' } : done,
      { backoff: { baseMs: 1_000, capMs: 10_000, maxAttempts: 4 } },
      2,
    );
    const figures = await runToEnd(engine);
    expect(ledger.get(flaky!)!.state).toBe('registered');
    const failed = ledger.get(dead!)!;
    expect(failed.state).toBe('failed');
    expect(failed.attempts).toBe(4);
    expect(failed.lastError?.httpStatus).toBe(503);
    expect(partner.calls.get(dead!)).toBe(4);
    expect(figures.failed).toBe(1);
  });

  it('a lost network spends no attempt and resumes when it returns', async () => {
    let online = false;
    const { partner, engine } = setup(
      () => (online ? done : { kind: 'network', code: 'offline', message: 'ENETUNREACH' }),
      { networkProbeMs: 5_000 },
      4,
    );
    const run = engine.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(engine.progress().waitReason?.kind).toBe('no-network');
    online = true;
    await vi.advanceTimersByTimeAsync(30_000);
    await run;
    expect(ledger.counts().registered).toBe(4);
    for (const vin of makeVins(4)) expect(ledger.get(vin)!.attempts).toBe(0);
    expect(partner.requests).toBeGreaterThan(4);
  });

  it('stops on a refused token and keeps every vehicle queued', async () => {
    const { engine } = setup(() => ({ kind: 'auth', status: 401, message: 'Unauthorized' }), {}, 6);
    const figures = await runToEnd(engine);
    expect(figures.registered).toBe(0);
    expect(ledger.counts().queued).toBe(6);
    // The reason stays on show after the run: the user must fix the token.
    expect(engine.progress().waitReason?.kind).toBe('token-refused');
  });

  it('times out a registration that never finishes and schedules a retry', async () => {
    const { engine } = setup(() => inProgress, { pollCeilingMs: 10_000, backoff: { baseMs: 1_000, capMs: 1_000, maxAttempts: 2 } } as Partial<EngineOptions>, 1);
    await runToEnd(engine);
    const v = ledger.get(makeVins(1)[0]!)!;
    expect(v.state).toBe('failed');
    expect(v.lastError?.kind).toBe('timeout');
  });

  it('pause puts work back without spending attempts; resume finishes it', async () => {
    const { engine } = setup(afterPolls(3), {}, 6);
    const run = engine.start();
    await vi.advanceTimersByTimeAsync(1_500);
    engine.pause();
    await vi.advanceTimersByTimeAsync(100);
    expect(engine.progress().status).toBe('paused');
    expect(ledger.counts().registering).toBe(0);
    engine.resume();
    for (let i = 0; i < 200; i++) await vi.advanceTimersByTimeAsync(500);
    await run;
    expect(ledger.counts().registered).toBe(6);
  });

  it('resumes after a crash: interrupted work is re-posted, finished work is not', async () => {
    const { partner, vins, engine } = setup(afterPolls(1), {}, 6);
    ledger.markRegistered(vins[0]!, 10_000, Date.now(), Date.now() + REGISTRATION_TTL_MS);
    ledger.claimNextDue(Date.now()); // left 'registering' by a process that died
    await runToEnd(engine);
    expect(ledger.counts().registered).toBe(6);
    expect(partner.calls.get(vins[0]!)).toBeUndefined();
    expect(partner.calls.get(vins[1]!)).toBe(2);
  });
});

describe('ledger intake follows the partner cache rules', () => {
  it('skips fresh vehicles, queues those whose mileage moved 5,000+ or whose 30 days passed', async () => {
    const { vins, engine } = setup(() => done, {}, 4);
    await runToEnd(engine);
    const now = Date.now();
    const again = ledger.intake(
      [
        { vin: vins[0]!, mileage: 10_000 + 4_999 }, // moved 4,999: fresh
        { vin: vins[1]!, mileage: 10_001 + 5_000 }, // moved 5,000: again
        { vin: vins[2]!, mileage: 10_002 - 5_000 }, // moved down 5,000: again
        { vin: vins[3]!, mileage: 10_003 },
      ],
      now,
    );
    expect(again).toMatchObject({ skippedFresh: 2, requeued: 2, added: 0 });
    const expiries = [vins[0]!, vins[3]!].map((vin) => ledger.get(vin)!.expiresAt!);
    expect(Math.min(...expiries)).toBeGreaterThanOrEqual(now - 60_000 + REGISTRATION_TTL_MS);
    expect(ledger.requeueExpired(Math.min(...expiries) - 1)).toBe(0);
    expect(ledger.requeueExpired(Math.max(...expiries))).toBe(2);
  });
});

describe('host network state', () => {
  it('holds new work while the host says offline, then resumes at once', async () => {
    const { partner, engine } = setup(() => done, {}, 3);
    engine.setNetworkAvailable(false);
    const run = engine.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(partner.requests).toBe(0);
    expect(engine.progress().waitReason?.kind).toBe('no-network');
    engine.setNetworkAvailable(true);
    await vi.advanceTimersByTimeAsync(1_000);
    await run;
    expect(ledger.counts().registered).toBe(3);
  });
});
