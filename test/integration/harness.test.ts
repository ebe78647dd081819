/**
 * The browser harness from the outside: it serves the built renderer with the bridge
 * injected and a strict CSP, answers the contract over its WebSocket (binary payloads
 * included), refuses other origins and hosts, and closes cleanly.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { REPO_ROOT } from '../../main/harness/ensureBuilt.js';
import { startHarness, type Harness } from '../../main/harness/startHarness.js';
import { decodeMessage, encodeMessage } from '../../main/harness/wireCodec.js';

let harness: Harness;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quoteready-harness-'));
  harness = await startHarness({ dataDir: dir, sandboxOptions: { registrationMs: 0 }, build: 'if-stale' });
}, 120_000);
afterAll(async () => {
  await harness?.close();
  await rm(dir, { recursive: true, force: true });
});

function connect(origin: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${harness.port}/bridge`, { origin });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function invoke(ws: WebSocket, channel: string, payload?: unknown): Promise<{ ok: boolean; data?: unknown; message?: string }> {
  const id = Math.floor(Math.random() * 1e9);
  return new Promise((resolve) => {
    const onMessage = (raw: WebSocket.RawData) => {
      const m = decodeMessage(raw.toString());
      if (m?.type === 'reply' && m.id === id) {
        ws.off('message', onMessage);
        resolve(m.result as { ok: boolean });
      }
    };
    ws.on('message', onMessage);
    ws.send(encodeMessage({ type: 'invoke', id, channel, payload }));
  });
}

describe('browser harness', () => {
  it('serves the renderer with the bridge first and a strict CSP', async () => {
    const res = await fetch(harness.url);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html.indexOf('/harness-bridge.js')).toBeGreaterThan(0);
    expect(html.indexOf('/harness-bridge.js')).toBeLessThan(html.indexOf('type="module"'));
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect((await fetch(`${harness.url}harness-bridge.js`)).status).toBe(200);
  });

  it('refuses other hosts (DNS rebinding) and paths outside the build', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: harness.port, path: '/', headers: { host: 'evil.example:80' } }, (res) => resolve(res.statusCode ?? 0)).end();
    });
    expect(status).toBe(421);
    expect((await fetch(`${harness.url}..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(harness.url, { method: 'POST' })).status).toBe(405);
  });

  it('lets only its own origin open the socket', async () => {
    await expect(connect('http://evil.example')).rejects.toThrow('HTTP 403');
    await expect(connect(`http://127.0.0.1:${harness.port + 1}`)).rejects.toThrow('HTTP 403');
    const ws = await connect(`http://127.0.0.1:${harness.port}`);
    ws.close();
  });

  it('answers the contract, bytes included, and forwards events', async () => {
    const ws = await connect(`http://127.0.0.1:${harness.port}`);
    try {
      const info = await invoke(ws, 'app:info');
      expect(info).toMatchObject({ ok: true, data: { host: 'browser-harness', environment: 'sandbox' } });
      const bad = await invoke(ws, 'vehicles:list', { limit: 'lots' });
      expect(bad).toMatchObject({ ok: false });

      const data = new Uint8Array(readFileSync(join(REPO_ROOT, '..', 'shared', 'samples', 'car_prices_sample.csv')));
      const preview = await invoke(ws, 'import:preview', { fileName: 'car_prices_sample.csv', data });
      expect(preview, JSON.stringify(preview).slice(0, 400)).toMatchObject({ ok: true, data: { rows: 9_999, valid: 9_938 } });

      const events: string[] = [];
      ws.on('message', (raw) => {
        const m = decodeMessage(raw.toString());
        if (m?.type === 'event') events.push(m.name);
      });
      const previewId = (preview.data as { previewId: string }).previewId;
      expect(await invoke(ws, 'import:commit', { previewId, startRegistration: false })).toMatchObject({ ok: true, data: { added: 9_938 } });
      expect(await invoke(ws, 'registration:start')).toMatchObject({ ok: true });
      await expect.poll(() => events.includes('progress') && events.includes('vehiclesChanged'), { timeout: 10_000 }).toBe(true);
      await invoke(ws, 'registration:stop');
    } finally {
      ws.close();
    }
  });
});
