/**
 * Bounds on what one import may cost. A dealership inventory is thousands of rows;
 * these limits exist for the damaged or hostile file, and each one fails with a
 * message that tells the user what to do instead.
 */
import { InputError } from '../shared/errors.js';
import type { ReadLimits } from './types.js';

export const DEFAULT_LIMITS: Readonly<ReadLimits> = {
  maxBytes: 200 * 1024 * 1024,
  maxRows: 1_000_000,
  maxColumns: 2_000,
  maxUnzippedBytes: 256 * 1024 * 1024,
  timeLimitMs: 180_000,
  maxWorkerMemoryMb: 2048,
};

export function resolveLimits(partial: Partial<ReadLimits> | undefined): ReadLimits {
  const limits = { ...DEFAULT_LIMITS, ...partial };
  for (const [key, value] of Object.entries(limits)) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`import limit ${key} must be a positive number, got ${value}`);
  }
  return limits;
}

const mb = (bytes: number) =>
  bytes < 1024 * 1024 ? `${bytes.toLocaleString('en-US')} bytes` : `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

export function checkFileSize(fileName: string, bytes: number, limits: ReadLimits): void {
  if (bytes === 0) throw new InputError(`"${fileName}" is empty.`, { limit: 'empty' });
  if (bytes > limits.maxBytes) {
    throw new InputError(
      `"${fileName}" is ${mb(bytes)}, over the ${mb(limits.maxBytes)} import limit; split it or export only the inventory columns.`,
      { limit: 'maxBytes', bytes, maxBytes: limits.maxBytes },
    );
  }
}

export function tooManyRowsError(place: string, limits: ReadLimits): InputError {
  return new InputError(`${place} has more than ${limits.maxRows.toLocaleString('en-US')} rows; split it into smaller files.`, {
    limit: 'maxRows',
    maxRows: limits.maxRows,
  });
}

/** `row` is 1-based, as Excel shows it. */
export function tooManyColumnsError(place: string, row: number, columns: number, limits: ReadLimits): InputError {
  return new InputError(
    `${place} has ${columns.toLocaleString('en-US')} columns on row ${row}, over the ${limits.maxColumns.toLocaleString('en-US')} column limit; ` +
      'export only the inventory columns.',
    { limit: 'maxColumns', maxColumns: limits.maxColumns, row, columns },
  );
}

/** A zipped workbook whose parts would unpack to more than the limit (a "zip bomb", or just huge). */
export function unzippedSizeError(fileName: string, declaredBytes: number, limits: ReadLimits): InputError {
  return new InputError(
    `"${fileName}" would unpack to ${Number.isFinite(declaredBytes) ? mb(declaredBytes) : 'more than 4 GB'}, over the ${mb(limits.maxUnzippedBytes)} limit for a workbook; ` +
      'it was not opened. Save the inventory sheet alone, or as CSV.',
    { limit: 'maxUnzippedBytes', declaredBytes: Number.isFinite(declaredBytes) ? declaredBytes : null, maxUnzippedBytes: limits.maxUnzippedBytes },
  );
}

export function timeLimitError(fileName: string, limits: ReadLimits): InputError {
  const ms = limits.timeLimitMs;
  const budget = ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
  return new InputError(
    `Reading "${fileName}" took longer than ${budget} and was stopped; the file may be damaged or too large. Try saving it as CSV.`,
    { limit: 'timeLimitMs', timeLimitMs: limits.timeLimitMs },
  );
}

export function memoryLimitError(fileName: string, limits: ReadLimits): InputError {
  return new InputError(
    `Reading "${fileName}" needed more than ${limits.maxWorkerMemoryMb} MB of memory and was stopped; split the file or save it as CSV.`,
    { limit: 'maxWorkerMemoryMb', maxWorkerMemoryMb: limits.maxWorkerMemoryMb },
  );
}
