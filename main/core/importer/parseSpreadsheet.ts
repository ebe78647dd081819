/**
 * Bytes to a laid-out table of text: format detection, the right reader, then the
 * layout (sheetLayout.ts). The result goes to a sink as it is read: first everything
 * about the file and its layout, then the rows in order, in batches, so a caller can
 * work on the first rows while a large CSV is still being parsed. The worker runs
 * exactly this; tests and headless tools may call parseSpreadsheetBuffer directly. It
 * never validates vehicles (see rowValidation).
 */
import { InputError } from '../shared/errors.js';
import { bufferSource, type ByteSource } from './byteSource.js';
import { readDelimitedText } from './delimitedReader.js';
import { detectFileKind, type FileKind } from './fileFormat.js';
import { HEADER_SCAN_ROWS } from './headerDetection.js';
import { checkFileSize, resolveLimits } from './limits.js';
import { fillMergedCells } from './mergedCells.js';
import { DECIMAL_SAMPLE_ROWS, decideLayout } from './sheetLayout.js';
import type { MappedColumn, ReadLimits, ReadOptions, SheetData } from './types.js';
import { readWorkbook } from './workbookReader.js';

/** Everything about the parsed table except its rows. */
export type SheetMeta = Omit<SheetData, 'rows' | 'worker'>;

export interface SheetSink {
  /** Called once, before any rows. */
  start(meta: SheetMeta): void | Promise<void>;
  /** Rows in order from row 1 (index 0); awaited, so a slow sink slows the reader down. */
  rows(batch: string[][]): void | Promise<void>;
}

export const BATCH_ROWS = 2_000;
const KIND_BYTES = 8192;

const isBlankRow = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

function noRowsError(fileName: string, sheet?: string): InputError {
  const where = sheet ? ` (sheet "${sheet}")` : '';
  return new InputError(`"${fileName}"${where} has no rows to import.`, { limit: 'empty' });
}

async function* inBatches(rows: string[][], size: number): AsyncGenerator<string[][]> {
  for (let at = 0; at < rows.length; at += size) yield rows.slice(at, at + size);
}

async function readText(source: ByteSource, kind: FileKind, options: ReadOptions, fileName: string, limits: ReadLimits, sink: SheetSink) {
  const text = await readDelimitedText(source, { fileName, limits, batchRows: BATCH_ROWS });
  // Enough rows to find the header and judge the number format before anything is sent on.
  const first: string[][] = [];
  let next = await text.batches.next();
  while (!next.done && first.length < HEADER_SCAN_ROWS + DECIMAL_SAMPLE_ROWS) {
    first.push(...next.value);
    next = await text.batches.next();
  }
  if (next.done && first.every(isBlankRow)) throw noRowsError(fileName);
  const { layout, notices } = decideLayout({ rows: first, fileName, options, delimiter: text.delimiter, maxColumns: limits.maxColumns });
  await sink.start({
    fileName,
    format: kind.format,
    encoding: text.encoding,
    delimiter: text.delimiter,
    layout,
    vinNumberRows: [],
    uncachedFormulas: [],
    notices: [...text.notices, ...notices],
  });
  for await (const batch of inBatches(first, BATCH_ROWS)) await sink.rows(batch);
  while (!next.done) {
    await sink.rows(next.value);
    next = await text.batches.next();
  }
}

async function readBook(source: ByteSource, kind: FileKind, options: ReadOptions, fileName: string, limits: ReadLimits, sink: SheetSink) {
  const bytes = await source.all();
  const table = readWorkbook(bytes, {
    fileName,
    limits,
    sheet: options.sheet,
    overrides: options.columns,
    textInput: kind.textInput,
    zipped: kind.format === 'xlsx' || kind.format === 'ods',
  });
  const { rows } = table;
  if (rows.every(isBlankRow)) throw noRowsError(fileName, table.sheet);
  const { layout, notices } = decideLayout({ rows, fileName, sheet: table.sheet, options, merges: table.merges, maxColumns: limits.maxColumns });
  fillMergedCells(rows, table.merges, layout.headerIndex, limits.maxColumns);

  const vinNumberRows: number[] = [];
  for (let r = layout.headerIndex + 1; r < rows.length; r++) if (table.isNumberCell(r, layout.mapping.vin)) vinNumberRows.push(r);
  const mapped = new Set(Object.values(layout.mapping as Record<MappedColumn, number>));
  const uncachedFormulas = table.formulas.filter((f) => f.row > layout.headerIndex && mapped.has(f.column));
  uncachedFormulas.sort((a, b) => a.row - b.row || a.column - b.column);
  await sink.start({
    fileName,
    format: kind.format,
    sheet: table.sheet,
    sheets: table.sheets,
    layout,
    vinNumberRows,
    uncachedFormulas,
    notices: [...table.notices, ...notices],
  });
  for await (const batch of inBatches(rows, BATCH_ROWS)) await sink.rows(batch);
}

/** Read `source` into `sink`; throws InputError for anything the user must fix. */
export async function parseSpreadsheet(source: ByteSource, options: ReadOptions, sink: SheetSink): Promise<void> {
  const fileName = options.fileName ?? 'file';
  const limits = resolveLimits(options.limits);
  checkFileSize(fileName, source.size, limits);
  let kind = detectFileKind(await source.head(KIND_BYTES), fileName);
  if (!kind) {
    throw new InputError(`"${fileName}" is not a file we can read; save it as CSV, XLSX, XLS or ODS.`, { limit: 'format' });
  }
  if (kind.reader === 'delimited') return readText(source, kind, options, fileName, limits, sink);
  // A zip is XLSX or ODS; telling which needs the whole directory, so look again at all of it.
  if (kind.format === 'xlsx') kind = detectFileKind(await source.all(), fileName) ?? kind;
  return readBook(source, kind, options, fileName, limits, sink);
}

/** The whole table in memory, parsed on this thread (tests, small inputs, the CLI). */
export async function parseSpreadsheetBuffer(bytes: Buffer, options: ReadOptions = {}): Promise<SheetData> {
  let meta: SheetMeta | undefined;
  const rows: string[][] = [];
  await parseSpreadsheet(bufferSource(bytes), options, {
    start: (m) => void (meta = m),
    rows: (batch) => void rows.push(...batch),
  });
  return { ...meta!, rows };
}
