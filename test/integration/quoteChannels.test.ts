/**
 * The Quote screen's channels through `dispatch`, as the window reaches them: quotes:start
 * without a mileage takes the ledger's (so the window can send it beside quotes:lookup), says
 * which field is missing for a vehicle the ledger does not know, and the lookup follows the
 * "accept a bad check digit" setting like the importer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventOf, ReplyOf, Result } from '../../preload/contract.js';
import { createCore, type Core } from '../../main/core/createCore.js';
import { createAppService, type AppService } from '../../main/core/service/appService.js';
import { dispatch } from '../../main/core/service/dispatch.js';
import { createEnvSecretStore } from '../../main/core/service/envSecretStore.js';
import { createMemorySettingsStore } from '../../main/core/service/memorySettingsStore.js';
import { makeVins } from '../support/vins.js';

let core: Core;
let service: AppService;
let dir: string;
const events: EventOf<'quote'>[] = [];
const [KNOWN, UNKNOWN] = makeVins(2, '1FTFW1ET5');

const send = (channel: string, payload: unknown) => dispatch(service.handlers, channel, payload);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qr-quote-channels-'));
  const settings = createMemorySettingsStore({ dealershipState: 'TX' });
  core = await createCore({ dataDir: dir, settings, secrets: createEnvSecretStore({}), sandbox: { registrationMs: 0 } });
  service = createAppService({ core, settings, secrets: createEnvSecretStore({}), host: 'browser-harness' });
  service.onEvent((name, payload) => {
    if (name === 'quote') events.push(payload as EventOf<'quote'>);
  });
  core.ledger.intake([{ vin: KNOWN!, mileage: 61_250 }], Date.now());
});
afterAll(async () => {
  await service.dispose();
  await core.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('quote channels', () => {
  it('starts a quote without a mileage from the ledger, and emits the stored figures before it answers', async () => {
    const r = (await send('quotes:start', { vin: `I${KNOWN!.toLowerCase()}` })) as Result<ReplyOf<'quotes:start'>>;
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toMatchObject({ vin: KNOWN, mileage: 61_250, location: 'state:TX' });
    // Emitted before the reply: the window keeps such events until it knows the id.
    expect(events.find((e) => e.quoteId === r.data.quoteId)?.event.type).toBe('stored');
  });

  it('says the mileage is missing for a vehicle the ledger does not know', async () => {
    const r = await send('quotes:start', { vin: UNKNOWN! });
    expect(r).toMatchObject({ ok: false, code: 'InputError', details: { field: 'mileage' } });
  });

  it('says the VIN is the problem for one that breaks the rules, and follows the check-digit setting', async () => {
    const bad = KNOWN!.slice(0, 8) + (KNOWN!.charAt(8) === '7' ? '3' : '7') + KNOWN!.slice(9);
    expect(await send('quotes:start', { vin: bad, mileage: 10_000 })).toMatchObject({ ok: false, details: { field: 'vin' } });
    const refused = (await send('quotes:lookup', { vin: bad })) as Result<ReplyOf<'quotes:lookup'>>;
    expect(refused).toMatchObject({ ok: true, data: { valid: false, problem: expect.stringMatching(/check digit/) } });
    await send('settings:update', { acceptBadCheckDigit: true });
    const allowed = (await send('quotes:lookup', { vin: bad })) as Result<ReplyOf<'quotes:lookup'>>;
    expect(allowed).toMatchObject({ ok: true, data: { valid: true, problem: expect.stringMatching(/accepted as a non-North-American VIN/) } });
  });
});
