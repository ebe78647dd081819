/**
 * The worker-thread path: it runs from .ts sources under vitest (through tsx), from a
 * tsc-built .js tree under plain Node, ends its thread before the promise settles, and
 * turns every limit into an InputError.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES } from '../support/runCli.js';
import { disposeParseWorkers, importInventoryFile, readSpreadsheet } from '../../main/core/importer/index.js';
import { CancelledError, InputError } from '../../main/core/shared/errors.js';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const USA = join(SAMPLES, 'USA_cars_datasets.csv');
const ports = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;

let dir = '';
let big = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qr-importer-worker-'));
  big = join(dir, 'big.csv');
  const line = '1M8GDM9AXKP042788,45000,' + 'x'.repeat(60) + '\n';
  await writeFile(big, 'VIN,Miles,Notes\n' + line.repeat(300_000));
});
afterAll(async () => {
  await disposeParseWorkers();
  await rm(dir, { recursive: true, force: true });
});

describe('readSpreadsheet (worker thread)', () => {
  it('parses a sample file off-thread; the warm worker is reused, holds nothing open, and dispose ends it', async () => {
    const before = ports();
    const data = await readSpreadsheet(USA);
    expect(data.rows).toHaveLength(2500);
    expect(data.rows[1]?.[8]).toBe('  jtezu11f88k007763');
    expect(data.layout).toMatchObject({ headerIndex: 0, mapping: { vin: 8, mileage: 6 } });
    expect(data).toMatchObject({ fileName: 'USA_cars_datasets.csv', format: 'csv', delimiter: ',', encoding: 'utf-8' });
    expect(data.worker?.threadId).toBeGreaterThan(0);
    // The idle worker is unref'd: it does not count as keeping the process alive.
    expect(ports()).toBe(before);
    const again = await readSpreadsheet(USA);
    expect(again.worker).toMatchObject({ threadId: data.worker!.threadId, reused: true });
    await disposeParseWorkers();
    const fresh = await readSpreadsheet(USA);
    expect(fresh.worker).toMatchObject({ reused: false });
    expect(fresh.worker!.threadId).not.toBe(data.worker!.threadId);
    await disposeParseWorkers();
    expect(ports()).toBe(before);
  });

  it('sends rows in slices and reassembles them in order', async () => {
    const data = await readSpreadsheet(big);
    expect(data.rows).toHaveLength(300_001);
    expect(data.rows[300_000]?.[0]).toBe('1M8GDM9AXKP042788');
  });

  it('stops at the time limit with an InputError and ends the thread', async () => {
    const before = ports();
    const error = await readSpreadsheet(big, { limits: { timeLimitMs: 5 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      'Reading "big.csv" took longer than 5 ms and was stopped; the file may be damaged or too large. Try saving it as CSV.',
    );
    expect(ports()).toBe(before);
  });

  it('stops at the memory limit with an InputError', async () => {
    // Rows stream out of the worker; validating them there keeps 300,000 vehicles in its heap.
    await expect(importInventoryFile(big, { limits: { maxWorkerMemoryMb: 16 } })).rejects.toThrow(
      'Reading "big.csv" needed more than 16 MB of memory and was stopped; split the file or save it as CSV.',
    );
  });

  it('checks size and existence before starting a worker', async () => {
    await expect(readSpreadsheet(USA, { limits: { maxBytes: 1000 } })).rejects.toThrow(
      '"USA_cars_datasets.csv" is 281,934 bytes, over the 1,000 bytes import limit; split it or export only the inventory columns.',
    );
    await expect(readSpreadsheet(join(dir, 'nope.csv'))).rejects.toThrow('"nope.csv" was not found.');
  });

  it('carries InputErrors from the worker back as InputErrors', async () => {
    const junk = join(dir, 'junk.bin');
    await writeFile(junk, Buffer.from([0, 1, 2, 3, 0, 0, 7]));
    const error = await readSpreadsheet(junk).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe('"junk.bin" is not a file we can read; save it as CSV, XLSX, XLS or ODS.');
  });

  it('cancels through an AbortSignal, before or during the parse', async () => {
    const early = new AbortController();
    early.abort();
    await expect(readSpreadsheet(USA, { signal: early.signal })).rejects.toBeInstanceOf(CancelledError);
    const late = new AbortController();
    const pending = readSpreadsheet(big, { signal: late.signal });
    setTimeout(() => late.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('built JavaScript', () => {
  it('runs the worker from a tsc build under plain Node (no tsx)', async () => {
    // Inside the project (out/ is git-ignored) so the build resolves node_modules.
    await mkdir(join(ROOT, 'out'), { recursive: true });
    const out = await mkdtemp(join(ROOT, 'out', 'importer-build-'));
    try {
      await run(
        join(ROOT, 'node_modules/.bin/tsc'),
        [
          'main/core/importer/index.ts', 'main/core/importer/parseWorker.ts',
          // rootDir is the project: core modules may import shared words from preload/.
          '--outDir', out, '--rootDir', '.', '--module', 'esnext', '--moduleResolution', 'bundler',
          '--target', 'es2022', '--lib', 'es2023', '--types', 'node', '--skipLibCheck', '--strict',
        ],
        { cwd: ROOT },
      );
      const script = join(out, 'check.mjs');
      await writeFile(
        script,
        `import { importInventoryFile } from './main/core/importer/index.js';\n` +
          `const r = await importInventoryFile(${JSON.stringify(USA)});\n` +
          `console.log(JSON.stringify(r.summary));\n`,
      );
      const { stdout } = await run(process.execPath, [script], { cwd: ROOT });
      expect(JSON.parse(stdout)).toEqual({ rows: 2499, vehicles: 2467, invalidRows: 28, warningRows: 0, duplicateRowsDropped: 4 });
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);
});
