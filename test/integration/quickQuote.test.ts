/**
 * The quick quote against the real sandbox: a registered vehicle answers on the first
 * call, an unknown one registers on demand and polls, the 5,000-mile rule both ways,
 * the partner's rejection, and the stored answer when the partner can't be reached.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core/createCore.js';
import { quickQuote, type QuoteEvent } from '../../main/core/quotes/quickQuote.js';
import { QuoteStore } from '../../main/core/quotes/quoteStore.js';
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

async function start() {
  dir = mkdtempSync(join(tmpdir(), 'qr-quote-'));
  core = await createCore({
    dataDir: dir,
    settings: createMemorySettingsStore({}),
    secrets: createEnvSecretStore({}),
    sandbox: { registrationMs: 300 },
  });
  return { core, store: new QuoteStore(core.ledger), sandbox: core.sandbox()! };
}

async function quote(c: Core, store: QuoteStore, vin: string, mileage: number) {
  const events: QuoteEvent[] = [];
  const end = await quickQuote(c, store, { vin, mileage, stateShortName: 'TX' }, (e) => events.push(e), new AbortController().signal);
  return { end, events, types: events.map((e) => e.type) };
}

describe('quick quote', () => {
  it('registers an unknown vehicle on demand (polling), then answers a registered one on the first call', async () => {
    const { core: c, store, sandbox } = await start();
    const [vin] = makeVins(1);
    const first = await quote(c, store, vin!, 42_000);
    expect(first.end).toBe('plans');
    expect(first.types).toEqual(['stored', 'registration', 'registration', 'start-price', 'plans']);
    expect(sandbox.stats().requests.register).toBeGreaterThanOrEqual(2); // 202, then 201 after a poll
    expect(c.ledger.get(vin!)).toMatchObject({ state: 'registered', registeredMileage: 42_000 });

    sandbox.resetStats();
    const second = await quote(c, store, vin!, 42_000);
    expect(second.types).toEqual(['stored', 'registration', 'start-price', 'plans']);
    const stats = sandbox.stats();
    expect(stats.requests).toMatchObject({ register: 0, startPrice: 1, searchByVin: 1 });
    expect(stats.statuses).toEqual({ '201': 2 });
    const stored = second.events[0] as Extract<QuoteEvent, { type: 'stored' }>;
    expect(stored.startPrice?.value.startPrice).toBeGreaterThan(0);
    expect(stored.plans?.value.length).toBeGreaterThan(0);
  });

  it('uses the registration within 5,000 miles, and registers again at 5,000 or more', async () => {
    const { core: c, store, sandbox } = await start();
    const [vin] = makeVins(1, '2T1BURHE0');
    expect((await quote(c, store, vin!, 30_000)).end).toBe('plans');

    sandbox.resetStats();
    const close = await quote(c, store, vin!, 34_999);
    const reg = close.events.find((e) => e.type === 'registration') as Extract<QuoteEvent, { type: 'registration' }>;
    expect(reg.status).toBe('mileage-close');
    expect(sandbox.stats().requests.register).toBe(0);

    sandbox.resetStats();
    const moved = await quote(c, store, vin!, 25_000);
    const regs = moved.events.filter((e) => e.type === 'registration') as Array<Extract<QuoteEvent, { type: 'registration' }>>;
    expect(regs[0]!.status).toBe('registering');
    expect(regs[0]!.message).toMatch(/mileage moved 5,000/);
    expect(sandbox.stats().requests.register).toBeGreaterThanOrEqual(1);
    expect(c.ledger.get(vin!)!.registeredMileage).toBe(25_000);
  });

  it('shows the partner rejection with its suggestions', async () => {
    const { core: c, store } = await start();
    const [good] = makeVins(1);
    const bad = good!.slice(0, 8) + (good![8] === '5' ? '6' : '5') + good!.slice(9);
    const r = await quote(c, store, bad, 10_000);
    expect(r.end).toBe('rejected');
    const rejected = r.events.find((e) => e.type === 'rejected') as Extract<QuoteEvent, { type: 'rejected' }>;
    expect(rejected.errors[0]!.errorNumber).toBe(4005);
    expect(rejected.errors[0]!.suggestions.some((s) => s.action === 'RetryWithAlternative')).toBe(true);
  });

  it('falls back to the stored answer, marked, when the partner cannot be reached', async () => {
    const { core: c, store, sandbox } = await start();
    const [vin] = makeVins(1, '3FA6P0H7D');
    expect((await quote(c, store, vin!, 15_000)).end).toBe('plans');
    await sandbox.close();
    const offline = await quote(c, store, vin!, 15_000);
    expect(offline.end).toBe('unavailable');
    const stored = offline.events[0] as Extract<QuoteEvent, { type: 'stored' }>;
    expect(stored.plans!.value.length).toBeGreaterThan(0);
    expect(stored.startPrice!.fetchedAt).toBeLessThanOrEqual(Date.now());
    const unavailable = offline.events.at(-1) as Extract<QuoteEvent, { type: 'unavailable' }>;
    expect(unavailable.offline).toBe(true);
  });
});
