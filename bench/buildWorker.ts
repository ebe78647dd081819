/**
 * The import worker as the app ships it: plain JavaScript. From .ts sources the worker
 * starts through tsx, which costs ~0.4 s per import in transpiling alone; measuring that
 * would measure the dev setup, not the importer. So the bench compiles the worker with
 * tsc (inside out/, so node_modules resolve) and passes its URL as `workerUrl`.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const ROOT = new URL('../', import.meta.url).pathname;

export async function buildWorker(): Promise<{ url: URL; dir: string }> {
  await mkdir(join(ROOT, 'out'), { recursive: true });
  const dir = await mkdtemp(join(ROOT, 'out', 'bench-worker-'));
  await promisify(execFile)(
    join(ROOT, 'node_modules/.bin/tsc'),
    [
      // rootDir is the project: core modules may import shared words from preload/.
      'main/core/importer/parseWorker.ts', '--outDir', dir, '--rootDir', '.', '--module', 'esnext',
      '--moduleResolution', 'bundler', '--target', 'es2022', '--lib', 'es2023', '--types', 'node', '--skipLibCheck', '--strict',
    ],
    { cwd: ROOT },
  );
  return { url: pathToFileURL(join(dir, 'main', 'core', 'importer', 'parseWorker.js')), dir };
}
