/**
 * Small helpers shared by benchmarks: run one measured case in a child process (so its
 * peak RSS is its own and earlier cases leave no garbage behind), medians, formatting,
 * and PASS/MISS verdicts.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What a case script prints as its last line (JSON). */
export interface CaseResult {
  /** Every timed run, in ms. */
  runsMs: number[];
  /** Process peak resident memory over the whole case, in MB. */
  peakRssMb: number;
  /** Anything else the case wants to report. */
  extra?: Record<string, number | string>;
}

/** Run `script` (a .ts file next to the caller) under tsx in a fresh Node process. */
export async function runCase(script: URL, args: readonly string[]): Promise<CaseResult> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', fileURLToPath(script), ...args], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as CaseResult;
}

/** Report from inside a case script: the parent reads the last line. */
export function reportCase(result: CaseResult): void {
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
}

export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
export const perSecond = (rows: number, millis: number) => `${Math.round((rows / millis) * 1000).toLocaleString('en-US')} rows/s`;

/** Print a table with aligned columns. */
export function printTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

export function verdict(goal: string, measured: string, pass: boolean): boolean {
  console.log(`${pass ? 'PASS' : 'MISS'}  ${goal}: ${measured}`);
  return pass;
}
