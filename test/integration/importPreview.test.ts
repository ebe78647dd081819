/**
 * The Import channels through `dispatch`, against a real ledger in a temp data folder:
 * what the preview forecasts (new, fresh and skipped, mileage moved 5,000+ and queued
 * again...) and that committing does exactly that; mappings remembered per header
 * signature across restarts; kilometres held back until confirmed; rejected rows
 * exported as CSV and as XLSX.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewView, ReplyOf, Result } from '../../preload/contract.js';
import { createCore, type Core } from '../../main/core/createCore.js';
import { sheetJs } from '../../main/core/importer/sheetjs.js';
import { createAppService, type AppService } from '../../main/core/service/appService.js';
import { dispatch } from '../../main/core/service/dispatch.js';
import { createEnvSecretStore } from '../../main/core/service/envSecretStore.js';
import { MAPPINGS_FILE } from '../../main/core/service/mappingMemory.js';
import { createMemorySettingsStore } from '../../main/core/service/memorySettingsStore.js';
import { makeVins } from '../support/vins.js';

const DAY = 86_400_000;
const [NEW, FRESH, MOVED, EXPIRED, QUEUED, REJECTED] = makeVins(6);

let dir = '';
let core: Core;
let service: AppService;

async function start(): Promise<void> {
  const settings = createMemorySettingsStore({});
  core = await createCore({ dataDir: dir, settings, secrets: createEnvSecretStore({}) });
  service = createAppService({ core, settings, secrets: createEnvSecretStore({}), host: 'browser-harness' });
}
async function stop(): Promise<void> {
  await service.dispose();
  await core.dispose();
}
async function call<T>(channel: string, payload?: unknown): Promise<T> {
  const r = (await dispatch(service.handlers, channel, payload)) as Result<T>;
  if (!r.ok) throw new Error(`${channel}: ${r.code} ${r.message}`);
  return r.data;
}
const file = (lines: string[]) => new Uint8Array(Buffer.from(lines.join('\r\n') + '\r\n'));
const preview = (fileName: string, data: Uint8Array, extra: object = {}) => call<PreviewView>('import:preview', { fileName, data, ...extra });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qr-import-preview-'));
  await start();
});
afterAll(async () => {
  await stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('against the ledger', () => {
  it('forecasts new, fresh (skipped), mileage moved 5,000+ (queued again), expired, queued, rejected; commit does the same', async () => {
    const now = core.clock.now();
    const known = [FRESH, MOVED, EXPIRED, QUEUED, REJECTED].map((vin) => ({ vin: vin!, mileage: 40_000 }));
    core.ledger.intake(known, now);
    core.ledger.markRegistered(FRESH!, 40_000, now, now + 20 * DAY);
    core.ledger.markRegistered(MOVED!, 40_000, now, now + 20 * DAY);
    core.ledger.markRegistered(EXPIRED!, 40_000, now - 40 * DAY, now - 10 * DAY);
    core.ledger.markRejected(REJECTED!, { kind: 'rejected', message: 'CantParseVIN' }, now);
    const before = core.ledger.counts();

    const data = file([
      'VIN,Mileage',
      `${NEW},10000`,
      `${FRESH},44999`, // moved 4,999: still fresh
      `${MOVED},45000`, // moved 5,000: the partner's cache no longer serves it
      `${EXPIRED},40000`,
      `${QUEUED},40000`,
      `${REJECTED},40000`,
    ]);
    const p = await preview('stock.csv', data);
    const expected = { added: 1, requeued: 2, skippedFresh: 1, alreadyQueued: 1, keptRejected: 1, mileageMoved: 1 };
    expect(p.forecast).toEqual(expected);
    expect(core.ledger.counts()).toEqual(before);

    const committed = await call<ReplyOf<'import:commit'>>('import:commit', { previewId: p.previewId, startRegistration: false });
    expect(committed).toEqual({ ...expected, invalidSkipped: 0 });
    expect(core.ledger.get(MOVED!)?.state).toBe('queued');
    expect(core.ledger.get(FRESH!)?.state).toBe('registered');
  });
});

describe('mappings remembered per header signature', () => {
  const headers = 'Serial,Reading,Lot';
  const odd = (vin: string) => file([headers, `${vin},100,L1`]);

  it('a chosen mapping is used again for a file with the same headers, across restarts', async () => {
    await expect(preview('odd.csv', odd(NEW!))).rejects.toThrow('Could not find the VIN and mileage column in "odd.csv"');
    const chosen = { vin: 0, mileage: 1, stockNumber: 2, year: null, make: null, model: null };
    const first = await preview('odd.csv', odd(NEW!), { mapping: chosen });
    expect(first.mappingRemembered).toBe(false);
    await call('import:commit', { previewId: first.previewId, startRegistration: false });
    const stored = JSON.parse(readFileSync(join(dir, MAPPINGS_FILE), 'utf8')) as { mappings: Record<string, { headers: string[] }> };
    expect(Object.values(stored.mappings).map((m) => m.headers)).toContainEqual(['Serial', 'Reading', 'Lot']);

    await stop();
    await start();
    const again = await preview('odd-next-week.csv', odd(FRESH!));
    expect(again.mappingRemembered).toBe(true);
    expect(again.mapping).toEqual(chosen);
    expect(again.valid).toBe(1);
    // Other headers: detection as usual.
    const other = await preview('plain.csv', file(['VIN,Miles', `${NEW},5`]));
    expect(other.mappingRemembered).toBe(false);
  });

  it('no temporary file is left beside the store', () => {
    expect(existsSync(join(dir, `${MAPPINGS_FILE}.${process.pid}.tmp`))).toBe(false);
  });
});

describe('kilometres', () => {
  it('are held back and named, then converted when the user confirms', async () => {
    const data = file(['VIN,KM', `${NEW},"16,093"`]);
    const asked = await preview('km.csv', data);
    expect(asked.kilometres).toEqual({ column: 'KM', index: 1, rows: 1, converted: false });
    expect(asked.valid).toBe(0);
    const converted = await preview('km.csv', data, { kilometres: 'convert' });
    expect(converted.kilometres).toEqual({ column: 'KM', index: 1, rows: 1, converted: true });
    expect(converted.valid).toBe(1);
    // A fixed cell is validated the same way (still converting).
    const fixed = await call<PreviewView>('import:fixCell', { previewId: converted.previewId, row: 2, column: 1, value: '32186' });
    expect(fixed.kilometres?.converted).toBe(true);
    expect(fixed.valid).toBe(1);
  });
});

describe('rejected rows export', () => {
  let previewId = '';
  beforeAll(async () => {
    const p = await preview('mixed.csv', file(['Stock,VIN,Mileage', `00123,${NEW},100`, '00124,12345678901234567,200', '00125,ABC,abc']));
    previewId = p.previewId;
  });

  it('as CSV, with the row number and a reason column', async () => {
    const out = await call<ReplyOf<'import:exportRejected'>>('import:exportRejected', { previewId });
    expect(out.fileName).toBe('mixed-rejected-rows.csv');
    expect(out.bytes).toBeUndefined();
    expect(out.csv.split('\r\n').slice(0, 2)).toEqual([
      '\ufeff"Row","Stock","VIN","Mileage","Reason"',
      '"3","00124","12345678901234567","200","VIN: VIN check digit is 9, expected 7 (position 9); check the VIN for a typo"',
    ]);
  });

  it('as XLSX, every cell text (a VIN never becomes 1.23457E+16)', async () => {
    const out = await call<ReplyOf<'import:exportRejected'>>('import:exportRejected', { previewId, format: 'xlsx' });
    expect(out).toMatchObject({ fileName: 'mixed-rejected-rows.xlsx', format: 'xlsx' });
    const XLSX = sheetJs();
    const ws = XLSX.read(out.bytes!, { type: 'array' }).Sheets['Rejected rows']!;
    expect(XLSX.utils.sheet_to_json(ws, { header: 1, raw: true })).toEqual([
      ['Row', 'Stock', 'VIN', 'Mileage', 'Reason'],
      ['3', '00124', '12345678901234567', '200', 'VIN: VIN check digit is 9, expected 7 (position 9); check the VIN for a typo'],
      ['4', '00125', 'ABC', 'abc', 'VIN: VIN has 3 characters, expected 17; Mileage: mileage "abc" is not a number of miles'],
    ]);
    expect(ws['C2']?.t).toBe('s');
  });
});
