/**
 * Import benchmark (issue 5). Generates a 100,000-row CSV and a 50,000-row XLSX, then
 * measures, each case in its own process:
 *  - the full import: parse in the worker + map + validate, then Ledger.intake into a
 *    fresh ledger in a temp data dir;
 *  - a bare parse of the same file with the same library (csv-parse / SheetJS), in the
 *    fastest of the plain ways we tried (that one is the baseline);
 *  - the main thread's event-loop delay (p99) while a file is parsed in the worker.
 * Goals: CSV within 2x, XLSX within 1.5x, event-loop p99 under 20 ms. Prints PASS/MISS;
 * never fails on timing.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, ms, perSecond, printTable, runCase, verdict, type CaseResult } from './benchKit.js';
import { buildWorker } from './buildWorker.js';
import { writeInventoryCsv, writeInventoryXlsx } from './inventoryFiles.js';

export const title = 'Import: full import vs bare parse';

const CSV_ROWS = 100_000;
const XLSX_ROWS = 50_000;
/** Rounds; each round runs every case once (warm-up + RUNS_PER_ROUND timed runs, own process). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RUNS_PER_ROUND = Number(process.env.BENCH_RUNS ?? 2);
const CASE = new URL('./importCase.ts', import.meta.url);

interface Measured {
  label: string;
  rows: number;
  result: CaseResult;
}

interface CaseSpec {
  label: string;
  kind: string;
  file: string;
  rows: number;
  workerUrl?: URL;
}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Run the cases in interleaved rounds, so a neighbour's load on this shared machine falls
 * on the bare parse and on the import alike, instead of on whichever case ran then.
 */
async function measureInRounds(specs: readonly CaseSpec[]): Promise<Measured[]> {
  const merged: Measured[] = specs.map((s) => ({ label: s.label, rows: s.rows, result: { runsMs: [], peakRssMb: 0, extra: {} } }));
  const extras: Array<Array<Record<string, number | string>>> = specs.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, spec] of specs.entries()) {
      const result = await runCase(CASE, [spec.kind, spec.file, String(RUNS_PER_ROUND), ...(spec.workerUrl ? [spec.workerUrl.href] : [])]);
      merged[i]!.result.runsMs.push(...result.runsMs);
      merged[i]!.result.peakRssMb = Math.max(merged[i]!.result.peakRssMb, result.peakRssMb);
      extras[i]!.push(result.extra ?? {});
    }
  }
  for (const [i, m] of merged.entries()) {
    const keys = Object.keys(extras[i]![0] ?? {});
    m.result.extra = Object.fromEntries(
      keys.map((k) => {
        const values = extras[i]!.map((e) => Number(e[k]));
        return [k, k === 'p99Ms' || k === 'maxMs' ? Math.max(...values) : median(values)];
      }),
    );
  }
  return merged;
}

function report(format: string, bare: Measured[], full: Measured, goal: number): boolean {
  const rowsOf = (m: Measured) => [
    m.label,
    ms(median(m.result.runsMs)),
    ms(Math.min(...m.result.runsMs)),
    perSecond(m.rows, median(m.result.runsMs)),
    `${m.result.peakRssMb} MB`,
  ];
  printTable(['case', 'median', 'best', 'throughput', 'peak RSS'], [...bare.map(rowsOf), rowsOf(full)]);
  const e = full.result.extra ?? {};
  console.log(
    `  full import = parse+validate in the worker ${ms(Number(e.readValidateMs) - Number(e.unpackMs))} + unpack the vehicles ${ms(Number(e.unpackMs))}` +
      ` + Ledger.intake ${ms(Number(e.intakeMs))}; ${Number(e.vehicles).toLocaleString('en-US')} vehicles`,
  );
  console.log(
    `  main thread blocked after the parse (outside the event-loop goal): unpack ${ms(Number(e.unpackMs))}, Ledger.intake ${ms(Number(e.intakeMs))}` +
      ` (one transaction); the preview's forecast against the filled ledger ${ms(Number(e.forecastMs))}`,
  );
  const baseline = bare.reduce((a, b) => (median(a.result.runsMs) <= median(b.result.runsMs) ? a : b));
  const ratio = median(full.result.runsMs) / median(baseline.result.runsMs);
  const withoutLedger = Number(e.readValidateMs) / median(baseline.result.runsMs);
  console.log(`  parse + map + validate without the ledger write: ${withoutLedger.toFixed(2)}x the bare parse`);
  return verdict(`${format} full import within ${goal}x of bare parse (${baseline.label})`, `${ratio.toFixed(2)}x`, ratio <= goal);
}

export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'qr-bench-import-'));
  const worker = await buildWorker();
  try {
    const csv = join(dir, 'inventory-100k.csv');
    const xlsx = join(dir, 'inventory-50k.xlsx');
    await writeInventoryCsv(csv, CSV_ROWS);
    await writeInventoryXlsx(xlsx, XLSX_ROWS);
    console.log(
      `Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(2)}; ` +
        `${ROUNDS} rounds x ${RUNS_PER_ROUND} timed runs per case (each case in its own process, after one warm-up run).`,
    );
    console.log(`CSV ${CSV_ROWS.toLocaleString('en-US')} rows, ${mb((await stat(csv)).size)}; XLSX ${XLSX_ROWS.toLocaleString('en-US')} rows, ${mb((await stat(xlsx)).size)}.\n`);

    const [csvSync, csvStream, csvFull] = await measureInRounds([
      { label: 'csv-parse sync (readFile + parse)', kind: 'csv-sync', file: csv, rows: CSV_ROWS },
      { label: 'csv-parse stream (file stream | parse)', kind: 'csv-stream', file: csv, rows: CSV_ROWS },
      { label: 'full import', kind: 'import', file: csv, rows: CSV_ROWS, workerUrl: worker.url },
    ]);
    const csvPass = report('CSV', [csvSync!, csvStream!], csvFull!, 2);

    console.log('');
    const [xlsxRead, xlsxDense, xlsxFull] = await measureInRounds([
      { label: 'SheetJS read (defaults)', kind: 'xlsx-read', file: xlsx, rows: XLSX_ROWS },
      { label: 'SheetJS read (dense)', kind: 'xlsx-dense', file: xlsx, rows: XLSX_ROWS },
      { label: 'full import', kind: 'import', file: xlsx, rows: XLSX_ROWS, workerUrl: worker.url },
    ]);
    const xlsxPass = report('XLSX', [xlsxRead!, xlsxDense!], xlsxFull!, 1.5);

    console.log('');
    const loops = await measureInRounds([
      { label: 'CSV', kind: 'eventloop', file: csv, rows: CSV_ROWS, workerUrl: worker.url },
      { label: 'XLSX', kind: 'eventloop', file: xlsx, rows: XLSX_ROWS, workerUrl: worker.url },
    ]);
    let loopPass = true;
    for (const loop of loops) {
      const e = loop.result.extra ?? {};
      loopPass =
        verdict(
          `event-loop delay p99 < 20 ms while the ${loop.label} is parsed in the worker`,
          `p99 ${Number(e.p99Ms).toFixed(1)} ms (worst run), max ${Number(e.maxMs).toFixed(1)} ms`,
          Number(e.p99Ms) < 20,
        ) && loopPass;
    }
    console.log(`\n${[csvPass, xlsxPass, loopPass].every(Boolean) ? 'All import goals met.' : 'Some import goals missed (see MISS lines).'}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(worker.dir, { recursive: true, force: true });
  }
}
