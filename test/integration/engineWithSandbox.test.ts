/**
 * The engine through the real client against the real sandbox over loopback: the
 * partner's answers and faults as the sandbox counts them from the outside.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core/createCore.js';
import type { SandboxOptions } from '../../main/core/sandbox/sandboxServer.js';
import { createEnvSecretStore } from '../../main/core/service/envSecretStore.js';
import { createMemorySettingsStore } from '../../main/core/service/memorySettingsStore.js';
import { makeVins } from '../support/vins.js';

let core: Core | undefined;
let dir: string | undefined;
afterEach(async () => {
  await core?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
  core = dir = undefined;
});

async function start(sandbox: SandboxOptions, concurrency = 5) {
  dir = mkdtempSync(join(tmpdir(), 'qr-engine-'));
  core = await createCore({
    dataDir: dir,
    settings: createMemorySettingsStore({ concurrency }),
    secrets: createEnvSecretStore({}),
    sandbox: { registrationMs: [50, 150], ...sandbox },
    backoff: { baseMs: 200, capMs: 1_000, maxAttempts: 8 },
  });
  return core;
}

describe('registration engine against the sandbox', () => {
  it('keeps requests within the concurrency, counted by the sandbox', async () => {
    const c = await start({ latencyMs: 100 }, 4);
    c.ledger.intake(makeVins(24).map((vin) => ({ vin, mileage: 20_000 })), Date.now());
    const figures = await c.engine.start();
    expect(figures.registered).toBe(24);
    expect(c.sandbox()!.stats().maxInFlight).toBe(4);
    expect(c.sandbox()!.stats().registrationsCompleted).toBe(24);
  });

  it('a partner 400 is final and keeps the partner error and its suggestions', async () => {
    const c = await start({});
    const good = makeVins(2);
    const badCheckDigit = good[1]!.slice(0, 8) + (good[1]![8] === '0' ? '1' : '0') + good[1]!.slice(9);
    c.ledger.intake([{ vin: good[0]!, mileage: 1_000 }, { vin: badCheckDigit, mileage: 1_000 }], Date.now());
    const figures = await c.engine.start();
    expect(figures).toMatchObject({ registered: 1, rejected: 1 });
    const rejected = c.ledger.get(badCheckDigit)!;
    expect(rejected.state).toBe('rejected');
    const error = rejected.lastError!.partnerErrors![0]!;
    expect(error).toMatchObject({ errorCode: 'CantParseVIN', errorNumber: 4005, errorField: 'VIN' });
    expect(error.suggestions.map((s) => s.action).sort()).toEqual(['CheckInput', 'RetryWithAlternative']);
    expect(c.sandbox()!.stats().requests.register).toBeGreaterThanOrEqual(2);
  });

  it('429 with Retry-After and 5xx are retried until every vehicle is registered', async () => {
    const c = await start({ throttleRate: 0.2, retryAfterS: 1, errorRate: 0.2 });
    c.ledger.intake(makeVins(10).map((vin) => ({ vin, mileage: 5_000 })), Date.now());
    const figures = await c.engine.start();
    expect(figures.registered).toBe(10);
    const stats = c.sandbox()!.stats();
    expect(stats.faultsInjected.throttle).toBeGreaterThan(0);
    expect(stats.faultsInjected.error).toBeGreaterThan(0);
    const events = makeVins(10).flatMap((v) => c.ledger.history(v).map((h) => h.message));
    expect(events.some((m) => /HTTP 429, retry after 1 s/.test(m))).toBe(true);
  }, 60_000);

  it('connection resets count as retryable network failures', async () => {
    const c = await start({ resetRate: 0.25 });
    c.ledger.intake(makeVins(6).map((vin) => ({ vin, mileage: 5_000 })), Date.now());
    expect((await c.engine.start()).registered).toBe(6);
    expect(c.sandbox()!.stats().faultsInjected.reset).toBeGreaterThan(0);
  }, 60_000);
});
