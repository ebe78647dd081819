/**
 * The importer's entry points: read a file (in a worker) or a buffer (in process), then
 * validate rows, collapse duplicate VINs and report everything the user needs to fix.
 */
import { basename } from 'node:path';
import { createLogger } from '../shared/logger.js';
import { deduplicate } from './deduplicate.js';
import { parseSpreadsheetBuffer } from './parseSpreadsheet.js';
import { readSpreadsheet, type ReadSpreadsheetOptions } from './readSpreadsheet.js';
import { validateRows } from './rowValidation.js';
import type { ImportOptions, ImportResult, RowProblem, SheetData } from './types.js';

const log = createLogger('importer');

const distinctRows = (problems: readonly RowProblem[]) => new Set(problems.map((p) => p.row)).size;

/** Turn a parsed sheet into the import result (no I/O). */
export async function buildImportResult(sheet: SheetData, options: ImportOptions = {}): Promise<ImportResult> {
  const outcomes = await validateRows(sheet, options);
  const invalid = outcomes.flatMap((o) => o.problems);
  const warnings = outcomes.flatMap((o) => o.warnings);
  const { vehicles, duplicates, validRowsDropped } = deduplicate(outcomes);
  const result: ImportResult = {
    file: sheet.fileName,
    format: sheet.format,
    ...(sheet.sheet !== undefined ? { sheet: sheet.sheet, sheets: sheet.sheets } : {}),
    headerRow: sheet.layout.headerIndex + 1,
    headers: sheet.layout.headers,
    mapping: sheet.layout.mapping,
    rows: outcomes.length,
    vehicles,
    invalid,
    warnings,
    duplicates,
    notices: sheet.notices,
    summary: {
      rows: outcomes.length,
      vehicles: vehicles.length,
      invalidRows: distinctRows(invalid),
      warningRows: distinctRows(warnings),
      duplicateRowsDropped: validRowsDropped,
    },
  };
  // Counts only: VINs never go to the log.
  log.info('import read', { file: result.file, format: result.format, sheet: result.sheet, ...result.summary });
  return result;
}

/** Import a file; parsing runs in a worker thread so the caller's thread stays free. */
export async function importInventoryFile(path: string, options: ImportOptions & Pick<ReadSpreadsheetOptions, 'workerUrl'> = {}): Promise<ImportResult> {
  const sheet = await readSpreadsheet(path, { ...options, fileName: options.fileName ?? basename(path) });
  return buildImportResult(sheet, options);
}

/** Import bytes already in memory, parsing on this thread (tests, small pastes, CLI). */
export async function importInventoryBuffer(bytes: Buffer, options: ImportOptions = {}): Promise<ImportResult> {
  const sheet = await parseSpreadsheetBuffer(bytes, options);
  return buildImportResult(sheet, options);
}
