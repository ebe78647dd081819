/**
 * `npm run bench [-- name ...]`: runs every bench/*.bench.ts (or those whose file name
 * contains one of the names given). A bench module exports `title` and `run()`; it
 * prints its own figures and verdicts. Benchmarks never fail on timing: the exit code
 * is non-zero only when a benchmark could not run at all.
 */
import { readdir } from 'node:fs/promises';

export interface BenchModule {
  title: string;
  run(): Promise<void>;
}

const here = new URL('./', import.meta.url);
const wanted = process.argv.slice(2);
const files = (await readdir(here))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

if (files.length === 0) console.log(`No benchmark matches ${wanted.join(', ') || '(none found)'}.`);
let broken = 0;
for (const file of files) {
  const mod = (await import(new URL(file, here).href)) as BenchModule;
  console.log(`\n=== ${mod.title} (${file}) ===`);
  try {
    await mod.run();
  } catch (err) {
    broken++;
    console.error(`${file} could not run:`, err);
  }
}
process.exitCode = broken ? 1 : 0;
