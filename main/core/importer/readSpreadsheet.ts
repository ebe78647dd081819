/**
 * Parse a spreadsheet file in a worker thread so the Electron main thread never blocks
 * on SheetJS or csv-parse, and, for an import, validates there too: the main thread
 * only collects packed batches while the file is parsed. The worker is kept warm for the
 * next import (parseWorkerPool.ts), also after a file it refused. Size is checked before a
 * worker is involved; time and memory are enforced by terminating the worker, and such an
 * import settles only after its thread has ended.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CancelledError, InputError, QuoteReadyError } from '../shared/errors.js';
import { checkFileSize, memoryLimitError, resolveLimits, timeLimitError } from './limits.js';
import { defineOnFirstRead, unpackAll, unpackVehicles } from './packedRows.js';
import type { ValidationOptions } from './rowValidation.js';
import type { ImportResult, ReadOptions, SheetData } from './types.js';
import type { SheetMeta } from './parseSpreadsheet.js';
import { parseWorkers, type WorkerSpec } from './parseWorkerPool.js';
import type { MainMessage, WorkerError, WorkerJob, WorkerMessage } from './workerProtocol.js';

export interface ReadSpreadsheetOptions extends ReadOptions {
  signal?: AbortSignal;
  /**
   * Where the worker entry lives when a bundler moved it (e.g. electron-vite emitting
   * parseWorker.js as its own chunk). By default it sits next to this module.
   */
  workerUrl?: URL;
}

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

/** Parse a file in a worker; the rows stay packed until first read (see packedRows.ts). */
export async function readSpreadsheet(filePath: string, options: ReadSpreadsheetOptions = {}): Promise<SheetData> {
  return (await runParseWorker(filePath, options)).sheet;
}

/** Parse, and validate too when `validate` is given, in a worker thread. */
export async function runParseWorker(
  filePath: string,
  options: ReadSpreadsheetOptions & { validate?: ValidationOptions },
): Promise<{ sheet: SheetData; result?: ImportResult }> {
  const { signal, workerUrl, validate, ...readOptions } = options;
  const fileName = readOptions.fileName ?? basename(filePath);
  const limits = resolveLimits(readOptions.limits);
  checkFileSize(fileName, await fileSize(filePath, fileName), limits);
  if (signal?.aborted) throw new CancelledError('Import cancelled');

  const { entry, extra } = workerEntry(workerUrl);
  const spec: WorkerSpec = { entry, workerData: extra, maxOldGenerationSizeMb: limits.maxWorkerMemoryMb };
  const job: WorkerJob = { path: filePath, options: { ...readOptions, fileName }, ...(validate ? { validate } : {}) };
  const started = Date.now();
  const { worker, reused } = parseWorkers.take(spec);
  // threadId reads -1 once the worker has exited; keep it for the report.
  const threadId = worker.threadId;

  return new Promise((resolve, reject) => {
    const batches: string[] = [];
    let meta: SheetMeta | undefined;
    let settled = false;
    const cleanUp = () => {
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    // A worker that crashed, timed out or was cancelled is never reused; the promise settles once its thread has ended.
    const fail = (err: Error) => {
      if (settled) return;
      cleanUp();
      void worker.terminate().then(() => reject(err), () => reject(err));
    };
    const finish = (done: Extract<WorkerMessage, { type: 'done' }>) => {
      cleanUp();
      if (!meta) return fail(new Error(`The import worker finished "${fileName}" without its layout.`));
      parseWorkers.giveBack(worker, spec);
      const sheet = { ...meta, worker: { threadId, reused, elapsedMs: Date.now() - started } } as SheetData;
      defineOnFirstRead(sheet, 'rows', () => unpackAll<string[]>(batches));
      const packed = done.result;
      const result = packed ? defineOnFirstRead({ ...packed } as unknown as ImportResult, 'vehicles', () => unpackVehicles(packed.vehicles)) : undefined;
      resolve({ sheet, ...(result ? { result } : {}) });
    };
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'start') meta = message.meta;
      else if (message.type === 'rows') {
        batches.push(message.rows);
        // Ack on a later turn, so other work interleaves with a long import.
        setImmediate(() => {
          if (!settled) worker.postMessage({ type: 'ack' } satisfies MainMessage);
        });
      } else if (message.type === 'done') finish(message);
      else {
        // The worker caught it and reported it (a damaged file, a limit): it is fine to reuse.
        cleanUp();
        parseWorkers.giveBack(worker, spec);
        reject(rebuildError(message.error));
      }
    };
    const onError = (err: Error & { code?: string }) => {
      fail(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? memoryLimitError(fileName, limits) : err);
    };
    const onExit = (exitCode: number) => fail(new Error(`The import worker stopped (exit code ${exitCode}) before finishing "${fileName}".`));
    const onAbort = () => fail(new CancelledError('Import cancelled'));
    const timer = setTimeout(() => fail(timeLimitError(fileName, limits)), limits.timeLimitMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.postMessage({ type: 'job', job } satisfies MainMessage);
  });
}
