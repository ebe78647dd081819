/**
 * One measured case of the import benchmark, run in its own process by import.bench.ts:
 *   <case> <file> <runs> [workerUrl]
 * One untimed warm-up run, then `runs` timed runs (a full GC before each); prints a
 * CaseResult as its last line. Bare cases use the libraries the importer uses, the way
 * a plain script would, and nothing else.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { importSpreadsheetFile } from '../main/core/importer/index.js';
import { sheetJs } from '../main/core/importer/sheetjs.js';
import { Ledger } from '../main/core/ledger/ledger.js';
import { median, peakRssMb, reportCase } from './benchKit.js';

const [kind, file, runsText, workerHref] = process.argv.slice(2);
const runs = Number(runsText ?? 3);
const workerUrl = workerHref ? new URL(workerHref) : undefined;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

type Measure = () => Promise<Record<string, number>>;

const cases: Record<string, Measure> = {
  async 'csv-sync'() {
    const records = parseSync(await readFile(file!)) as string[][];
    return { rows: records.length };
  },
  async 'csv-stream'() {
    const records: string[][] = [];
    for await (const record of createReadStream(file!).pipe(parse())) records.push(record as string[]);
    return { rows: records.length };
  },
  async 'xlsx-read'() {
    const wb = sheetJs().read(await readFile(file!));
    return { sheets: wb.SheetNames.length };
  },
  async 'xlsx-dense'() {
    const wb = sheetJs().read(await readFile(file!), { dense: true } as never);
    return { sheets: wb.SheetNames.length };
  },
  /** The full import: worker parse + validation (overlapped), then Ledger.intake into a fresh ledger. */
  async import() {
    const dataDir = await mkdtemp(join(tmpdir(), 'qr-bench-ledger-'));
    const ledger = Ledger.open(join(dataDir, 'ledger.sqlite'));
    try {
      const started = performance.now();
      const { result } = await importSpreadsheetFile(file!, { workerUrl });
      const parsed = performance.now();
      // Reading them unpacks the vehicles (packedRows.ts), on this thread.
      if (result.vehicles.length === 0) throw new Error('no vehicles');
      const read = performance.now();
      const intake = ledger.intake(result.vehicles, Date.now());
      const done = performance.now();
      if (intake.added !== result.vehicles.length) throw new Error(`intake added ${intake.added} of ${result.vehicles.length}`);
      // Not part of the import's time: what the preview's forecast costs against the now full ledger.
      const forecastStart = performance.now();
      ledger.forecastIntake(result.vehicles, Date.now());
      const forecastMs = performance.now() - forecastStart;
      return {
        totalMs: done - started,
        readValidateMs: read - started,
        unpackMs: read - parsed,
        intakeMs: done - read,
        forecastMs,
        vehicles: result.vehicles.length,
      };
    } finally {
      ledger.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
  /** Main-thread event-loop delay while the worker parses and this thread receives and validates. */
  async eventloop() {
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    histogram.enable();
    const { result } = await importSpreadsheetFile(file!, { workerUrl });
    histogram.disable();
    return { p99Ms: histogram.percentile(99) / 1e6, maxMs: histogram.max / 1e6, vehicles: result.vehicles.length };
  },
};

const measure = cases[kind ?? ''];
if (!measure || !file) throw new Error(`usage: importCase <${Object.keys(cases).join('|')}> <file> <runs> [workerUrl]`);

await measure(); // warm-up: JIT, file cache
const runsMs: number[] = [];
const details: Array<Record<string, number>> = [];
for (let i = 0; i < runs; i++) {
  gc();
  const started = performance.now();
  const detail = await measure();
  runsMs.push(detail.totalMs ?? performance.now() - started);
  details.push(detail);
}
const extra: Record<string, number> = {};
for (const key of Object.keys(details[0] ?? {})) {
  extra[key] = key === 'p99Ms' || key === 'maxMs' ? Math.max(...details.map((d) => d[key]!)) : median(details.map((d) => d[key]!));
}
reportCase({ runsMs, peakRssMb: peakRssMb(), extra });
