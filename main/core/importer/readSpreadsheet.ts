/**
 * Parse a spreadsheet file in a worker thread so the Electron main thread never blocks
 * on SheetJS or csv-parse. The promise settles only after the worker has exited, so a
 * caller that awaited it holds no thread. Size is checked before spawning; time and
 * memory are enforced by terminating the worker.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { CancelledError, InputError, QuoteReadyError } from '../shared/errors.js';
import { checkFileSize, memoryLimitError, resolveLimits, timeLimitError } from './limits.js';
import type { ReadOptions, SheetData } from './types.js';
import type { WorkerError, WorkerJob, WorkerMessage } from './workerProtocol.js';

export interface ReadSpreadsheetOptions extends ReadOptions {
  signal?: AbortSignal;
  /**
   * Where the worker entry lives when a bundler moved it (e.g. electron-vite emitting
   * parseWorker.js as its own chunk). By default it sits next to this module.
   */
  workerUrl?: URL;
}

const CHUNK_ROWS = 5_000;

/** From .ts sources (tsx, vitest) start the worker through tsx; from built .js, directly. */
function workerEntry(override: URL | undefined): { entry: URL; extra: Record<string, unknown> } {
  if (override) return { entry: override, extra: {} };
  if (import.meta.url.endsWith('.ts')) {
    return {
      entry: new URL('./devWorkerBootstrap.mjs', import.meta.url),
      extra: { tsEntry: new URL('./parseWorker.ts', import.meta.url).href },
    };
  }
  return { entry: new URL('./parseWorker.js', import.meta.url), extra: {} };
}

/** Recreate the error class the worker threw, so callers can still use instanceof. */
function rebuildError(error: WorkerError): Error {
  if (error.kind === 'InputError') return new InputError(error.message, error.details);
  if (error.kind === 'Cancelled') return new CancelledError(error.message);
  if (error.kind) return new QuoteReadyError(error.kind, error.message, error.details);
  const err = new Error(`Reading the file failed: ${error.message}`);
  if (error.stack) err.stack = error.stack;
  return err;
}

async function fileSize(path: string, fileName: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`"${fileName}" is not a file.`);
    return info.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`"${fileName}" was not found.`, { path });
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`"${fileName}" cannot be opened (permission denied).`, { path });
    throw err;
  }
}

export async function readSpreadsheet(filePath: string, options: ReadSpreadsheetOptions = {}): Promise<SheetData> {
  const { signal, workerUrl, ...readOptions } = options;
  const fileName = readOptions.fileName ?? basename(filePath);
  const limits = resolveLimits(readOptions.limits);
  checkFileSize(fileName, await fileSize(filePath, fileName), limits);
  if (signal?.aborted) throw new CancelledError('Import cancelled');

  const { entry, extra } = workerEntry(workerUrl);
  const job: WorkerJob = { path: filePath, options: { ...readOptions, fileName }, chunkRows: CHUNK_ROWS };
  const workerOptions: WorkerOptions = {
    workerData: { job, ...extra },
    resourceLimits: { maxOldGenerationSizeMb: limits.maxWorkerMemoryMb },
    stdout: false,
    stderr: false,
  };
  const started = Date.now();
  const worker = new Worker(entry, workerOptions);
  // threadId reads -1 once the worker has exited; keep it for the report.
  const threadId = worker.threadId;

  return new Promise<SheetData>((resolve, reject) => {
    const rows: string[][] = [];
    let result: SheetData | undefined;
    let failure: Error | undefined;
    const fail = (err: Error) => {
      failure ??= err;
      void worker.terminate();
    };
    const timer = setTimeout(() => fail(timeLimitError(fileName, limits)), limits.timeLimitMs);
    const onAbort = () => fail(new CancelledError('Import cancelled'));
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'rows') {
        for (const row of message.rows) rows.push(row);
        // Ask for the next slice on a later turn, so other work interleaves (see parseWorker).
        setImmediate(() => {
          if (!failure) worker.postMessage('ack');
        });
      }
      else if (message.type === 'done') result = { ...message.data, rows };
      else fail(rebuildError(message.error));
    });
    worker.on('error', (err: Error & { code?: string }) => {
      fail(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? memoryLimitError(fileName, limits) : err);
    });
    worker.on('exit', (exitCode) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (failure) return reject(failure);
      if (!result) return reject(new Error(`The import worker stopped (exit code ${exitCode}) before finishing "${fileName}".`));
      resolve({ ...result, worker: { threadId, exitCode, elapsedMs: Date.now() - started } });
    });
  });
}
