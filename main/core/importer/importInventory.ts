/**
 * The importer's entry points: read a file (in a worker) or a buffer (in process),
 * validate rows, collapse duplicate VINs and report everything the user needs to fix.
 * From a file, the worker parses AND validates; this thread only receives the result.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { basename } from 'node:path';
import { CancelledError } from '../shared/errors.js';
import { createLogger } from '../shared/logger.js';
import { ImportCollector } from './importCollector.js';
import { parseSpreadsheetBuffer } from './parseSpreadsheet.js';
import { runParseWorker, type ReadSpreadsheetOptions } from './readSpreadsheet.js';
import type { ImportOptions, ImportResult, SheetData } from './types.js';

const log = createLogger('importer');

/** Rows validated per turn when the rows are already in memory. */
const SLICE_ROWS = 2_000;

function logged(result: ImportResult): ImportResult {
  // Counts only: VINs never go to the log.
  log.info('import read', { file: result.file, format: result.format, sheet: result.sheet, ...result.summary });
  return result;
}

/** Turn a parsed sheet into the import result (no I/O), yielding to the event loop between slices. */
export async function buildImportResult(sheet: SheetData, options: ImportOptions = {}): Promise<ImportResult> {
  const collector = new ImportCollector(sheet, options);
  for (let at = 0; at < sheet.rows.length; at += SLICE_ROWS) {
    if (at > 0) await nextTurn();
    collector.add(sheet.rows.slice(at, at + SLICE_ROWS), at);
  }
  if (options.signal?.aborted) throw new CancelledError('Import cancelled');
  return logged(collector.finish());
}

export type ImportFileOptions = ImportOptions & Pick<ReadSpreadsheetOptions, 'workerUrl'>;

/** Import a file and keep its rows (the preview needs them to fix cells and export rejects). */
export async function importSpreadsheetFile(path: string, options: ImportFileOptions = {}): Promise<{ sheet: SheetData; result: ImportResult }> {
  const { acceptBadCheckDigit, kilometres, ...read } = options;
  const validate = { ...(acceptBadCheckDigit !== undefined ? { acceptBadCheckDigit } : {}), ...(kilometres ? { kilometres } : {}) };
  const { sheet, result } = await runParseWorker(path, { ...read, fileName: options.fileName ?? basename(path), validate });
  return { sheet, result: logged(result!) };
}

/** Import a file; parsing runs in a worker thread so the caller's thread stays free. */
export async function importInventoryFile(path: string, options: ImportFileOptions = {}): Promise<ImportResult> {
  return (await importSpreadsheetFile(path, options)).result;
}

/** Import bytes already in memory, parsing on this thread (tests, small pastes, CLI). */
export async function importInventoryBuffer(bytes: Buffer, options: ImportOptions = {}): Promise<ImportResult> {
  const sheet = await parseSpreadsheetBuffer(bytes, options);
  return buildImportResult(sheet, options);
}
