/** The messages between readSpreadsheet (main thread) and parseWorker (worker thread). */
import type { ErrorKind } from '../shared/errors.js';
import type { ReadOptions, SheetData } from './types.js';

export interface WorkerJob {
  path: string;
  options: ReadOptions;
  /** Rows per 'rows' message. */
  chunkRows: number;
}

export interface WorkerError {
  kind?: ErrorKind;
  message: string;
  details?: Record<string, unknown>;
  stack?: string;
}

export type WorkerMessage =
  | { type: 'rows'; rows: string[][] }
  | { type: 'done'; data: SheetData }
  | { type: 'error'; error: WorkerError };
