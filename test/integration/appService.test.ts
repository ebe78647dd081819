/**
 * The app service through `dispatch`, exactly as a window reaches it: import a real
 * sample, commit, register on the sandbox, list and export, quote. Replies are typed
 * results; nothing throws across the bridge.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventOf, PreviewView, Result } from '../../preload/contract.js';
import { createCore, type Core } from '../../main/core/createCore.js';
import { createAppService, type AppService } from '../../main/core/service/appService.js';
import { dispatch } from '../../main/core/service/dispatch.js';
import { createEnvSecretStore } from '../../main/core/service/envSecretStore.js';
import { createMemorySettingsStore } from '../../main/core/service/memorySettingsStore.js';
import { SAMPLES } from '../support/runCli.js';

let core: Core;
let service: AppService;
let dir: string;
const quoteEvents: EventOf<'quote'>[] = [];

async function call<T>(channel: string, payload?: unknown): Promise<T> {
  const r = (await dispatch(service.handlers, channel, payload)) as Result<T>;
  if (!r.ok) throw new Error(`${channel}: ${r.code} ${r.message}`);
  return r.data;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qr-service-'));
  const settings = createMemorySettingsStore({ concurrency: 10, dealershipState: 'TX' });
  core = await createCore({ dataDir: dir, settings, secrets: createEnvSecretStore({}), sandbox: { registrationMs: 50 } });
  service = createAppService({ core, settings, secrets: createEnvSecretStore({}), host: 'browser-harness' });
  service.onEvent((name, payload) => {
    if (name === 'quote') quoteEvents.push(payload as EventOf<'quote'>);
  });
});
afterAll(async () => {
  await service.dispose();
  await core.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('app service', () => {
  let preview: PreviewView;

  it('previews a real export without writing anything, with row-numbered problems', async () => {
    const bytes = readFileSync(join(SAMPLES, 'USA_cars_datasets.csv'));
    preview = await call<PreviewView>('import:preview', { fileName: 'USA_cars_datasets.csv', data: new Uint8Array(bytes.subarray(0, 6_000)) });
    expect(preview.headers).toContain('vin');
    expect(preview.mapping.vin).toBe(8);
    expect(preview.mapping.mileage).toBe(6);
    expect(preview.sample[0]!.row).toBe(2);
    expect(preview.sample[0]!.problems[0]).toMatch(/mileage 274,117 is outside/);
    expect(preview.forecast.added).toBe(preview.valid);
    expect(core.ledger.counts().queued).toBe(0);
  });

  it('commits, registers on the sandbox, and lists the vehicles', async () => {
    const committed = await call<{ added: number }>('import:commit', { previewId: preview.previewId, startRegistration: true });
    expect(committed.added).toBe(preview.valid);
    await core.engine.start();
    const list = await call<{ total: number; rows: Array<{ state: string }> }>('vehicles:list', { filter: 'registered', limit: 5 });
    expect(list.total).toBe(preview.valid);
    expect(list.rows).toHaveLength(5);
  });

  it('exports CSV with formula-looking cells neutralised', async () => {
    const out = await call<{ csv: string }>('vehicles:exportCsv', { filter: 'all' });
    const lines = out.csv.split('\r\n');
    expect(lines[0]).toContain('"VIN"');
    expect(lines.length - 2).toBe(preview.valid);
  });

  it('answers a malformed request with a typed error, not a throw', async () => {
    const r = await dispatch(service.handlers, 'vehicles:list', { limit: 'lots' });
    expect(r).toMatchObject({ ok: false, code: 'InputError' });
    const unknown = await dispatch(service.handlers, 'vehicles:explode', {});
    expect(unknown).toMatchObject({ ok: false, code: 'UnknownChannel' });
    const detail = await dispatch(service.handlers, 'vehicles:detail', { vin: 'NOPE' });
    expect(detail).toMatchObject({ ok: false, code: 'InputError' });
  });

  it('quotes a registered vehicle: stored, start price, then plans, as events', async () => {
    const [vehicle] = (await call<{ rows: Array<{ vin: string; mileage: number }> }>('vehicles:list', { filter: 'registered', limit: 1 })).rows;
    const lookup = await call<{ known: boolean; mileage: number }>('quotes:lookup', { vin: `I${vehicle!.vin.toLowerCase()}` });
    expect(lookup).toMatchObject({ known: true, mileage: vehicle!.mileage });
    const { quoteId } = await call<{ quoteId: string }>('quotes:start', { vin: vehicle!.vin, mileage: vehicle!.mileage });
    while (!quoteEvents.some((e) => e.quoteId === quoteId && e.event.type === 'plans')) await new Promise((r) => setTimeout(r, 20));
    expect(quoteEvents.filter((e) => e.quoteId === quoteId).map((e) => e.event.type)).toEqual(['stored', 'registration', 'start-price', 'plans']);
  });
});
