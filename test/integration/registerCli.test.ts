/**
 * The foundation's "done when", run as a user runs it: the real CLI process against
 * a real sandbox over loopback, on the real sample files.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../main/core/sandbox/sandboxServer.js';
import { startRecordingProxy, type RecordingProxy } from '../support/recordingProxy.js';
import { runCli, SAMPLES, startCli } from '../support/runCli.js';

let sandbox: Sandbox;
let proxy: RecordingProxy;
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'qr-cli-'));
  dirs.push(d);
  return d;
};

/** The first `n` data rows of a sample, as a file of its own (header kept, bytes untouched). */
function sampleHead(name: string, n: number): string {
  const lines = readFileSync(join(SAMPLES, name), 'utf8').split('\r\n');
  const file = join(tempDir(), `head-${n}-${name}`);
  writeFileSync(file, lines.slice(0, n + 1).join('\r\n') + '\r\n');
  return file;
}

beforeAll(async () => {
  // Latency makes requests overlap at the sandbox, so its maxInFlight shows the client's real concurrency.
  sandbox = await createSandbox({ registrationMs: [100, 300], latencyMs: 150 });
  proxy = await startRecordingProxy(sandbox.url);
});
afterAll(async () => {
  await proxy.close();
  await sandbox.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('npm run register', () => {
  it('registers a real file, reports invalid rows by number, and sends nothing the second time', async () => {
    const file = sampleHead('USA_cars_datasets.csv', 60);
    const dataDir = tempDir();
    const first = await runCli(['register', file, '--data-dir', dataDir, '--base-url', sandbox.url, '--concurrency', '10', '--json']);
    expect(first.code).toBe(0);
    const s = JSON.parse(first.stdout);
    // Row 2 (274,117 mi) and row 34 (the 13-character 1973 VIN) of the real file.
    expect(s).toMatchObject({ rows: 60, invalid: 2, valid: 58, registered: 58, rejected: 0, failed: 0, skippedFresh: 0 });
    expect(first.stderr).toContain('row 34, column "vin": VIN has 13 characters');
    expect(first.stderr).toContain('row 2, column "mileage": mileage 274,117 is outside');
    expect(s.maxInFlight).toBeLessThanOrEqual(10);

    sandbox.resetStats();
    const again = await runCli(['register', file, '--data-dir', dataDir, '--base-url', sandbox.url, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ skippedFresh: 58, registered: 0, requests: 0 });
    expect(sandbox.stats().requests.register).toBe(0);
  }, 90_000);

  it('never has more than --concurrency requests at the partner, and reaches it', async () => {
    const file = sampleHead('car_prices_sample.csv', 50);
    sandbox.resetStats();
    const run = await runCli(['register', file, '--data-dir', tempDir(), '--base-url', sandbox.url, '--concurrency', '10', '--json']);
    expect(run.code).toBe(0);
    expect(sandbox.stats().maxInFlight).toBe(10);
    expect(JSON.parse(run.stdout).maxInFlight).toBe(10);
  }, 90_000);

  it('after SIGKILL halfway, a second run finishes the rest and re-sends nothing already registered', async () => {
    const file = sampleHead('car_prices_sample.csv', 80);
    const dataDir = tempDir();
    sandbox.reset(); // the earlier tests registered some of these rows at the sandbox already
    const killed = startCli(['register', file, '--data-dir', dataDir, '--base-url', proxy.url, '--concurrency', '5', '--json']);
    while (sandbox.stats().registrationsCompleted < 30) await new Promise((r) => setTimeout(r, 50));
    killed.child.kill('SIGKILL');
    const end = await killed.done;
    expect(end.signal).toBe('SIGKILL');

    const db = new Database(join(dataDir, 'ledger.sqlite'), { readonly: true });
    const registeredBefore = (db.prepare(`SELECT vin FROM registrations WHERE state = 'registered'`).all() as Array<{ vin: string }>).map((r) => r.vin);
    db.close();
    expect(registeredBefore.length).toBeGreaterThanOrEqual(25);
    expect(registeredBefore.length).toBeLessThan(78);

    proxy.registrations.length = 0;
    const resumed = await runCli(['register', file, '--data-dir', dataDir, '--base-url', proxy.url, '--json']);
    expect(resumed.code).toBe(0);
    const s = JSON.parse(resumed.stdout);
    expect(s.fileState.registered + s.fileState.rejected).toBe(s.valid);
    expect(s.skippedFresh).toBe(registeredBefore.length);
    const resent = proxy.registrations.filter((vin) => registeredBefore.includes(vin));
    expect(resent).toEqual([]);
    expect(proxy.registrations.length).toBeGreaterThan(0);
  }, 120_000);

  it('exits 2 with a clear message on a bad flag or a missing file', async () => {
    const bad = await runCli(['register', 'nope.csv', '--concurrency', '11']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--concurrency must be a whole number from 1 to 10');
    const missing = await runCli(['register', join(tempDir(), 'missing.csv'), '--data-dir', tempDir()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing\.csv/);
  });
});
