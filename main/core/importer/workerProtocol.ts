/**
 * The messages between readSpreadsheet (main thread) and parseWorker (worker thread).
 * The main thread sends a 'job'; the worker sends 'start' once the layout is known, then
 * 'rows' batches while it is still parsing (packed, see packedRows.ts), then 'done' (with
 * the validated result when asked to validate) or 'error'. The main thread answers each
 * batch with 'ack' (flow control). One job at a time per worker.
 */
import type { ErrorKind } from '../shared/errors.js';
import type { SheetMeta } from './parseSpreadsheet.js';
import type { ValidationOptions } from './rowValidation.js';
import type { ImportResult, ReadOptions } from './types.js';

export interface WorkerJob {
  path: string;
  options: ReadOptions;
  /** Validate in the worker too (importSpreadsheetFile); absent for a plain read. */
  validate?: ValidationOptions;
}

export interface WorkerError {
  kind?: ErrorKind;
  message: string;
  details?: Record<string, unknown>;
  stack?: string;
}

/** The import result with its vehicles packed. */
export type PackedResult = Omit<ImportResult, 'vehicles'> & { vehicles: string };

/** Main thread -> worker. */
export type MainMessage = { type: 'job'; job: WorkerJob } | { type: 'ack' };

/** Worker -> main thread. */
export type WorkerMessage =
  | { type: 'start'; meta: SheetMeta }
  | { type: 'rows'; rows: string; count: number }
  | { type: 'done'; result?: PackedResult }
  | { type: 'error'; error: WorkerError };

/** Batches the worker may send ahead of the main thread's acks: parsing and receiving overlap. */
export const ROWS_IN_FLIGHT = 2;
