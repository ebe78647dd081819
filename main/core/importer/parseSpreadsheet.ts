/**
 * Bytes to a laid-out table of text, in process: format detection, the right reader,
 * header-row detection and column mapping. The worker runs exactly this; tests and
 * headless tools may call it directly. It never validates vehicles (see rowValidation).
 */
import { InputError } from '../shared/errors.js';
import { requireMapping } from './columnMapping.js';
import { readDelimitedText } from './delimitedReader.js';
import { detectFileKind } from './fileFormat.js';
import { detectHeaderRow } from './headerDetection.js';
import { checkFileSize, resolveLimits } from './limits.js';
import type { ReadOptions, SheetData, SheetSummary } from './types.js';
import { readWorkbook } from './workbookReader.js';

interface RawTable {
  rows: string[][];
  notices: string[];
  sheet?: string;
  sheets?: SheetSummary[];
  encoding?: string;
  delimiter?: string;
  isNumberCell?: (row: number, column: number) => boolean;
}

function forcedHeaderIndex(headerRow: number | undefined): number | undefined {
  if (headerRow === undefined) return undefined;
  if (!Number.isInteger(headerRow) || headerRow < 1) throw new RangeError(`headerRow must be a row number from 1, got ${headerRow}`);
  return headerRow - 1;
}

export async function parseSpreadsheetBuffer(bytes: Buffer, options: ReadOptions = {}): Promise<SheetData> {
  const fileName = options.fileName ?? 'file';
  const limits = resolveLimits(options.limits);
  const forcedIndex = forcedHeaderIndex(options.headerRow);
  checkFileSize(fileName, bytes.length, limits);

  const kind = detectFileKind(bytes, fileName);
  if (!kind) {
    throw new InputError(`"${fileName}" is not a file we can read; save it as CSV, XLSX, XLS or ODS.`, { limit: 'format' });
  }
  let table: RawTable;
  if (kind.reader === 'delimited') {
    table = await readDelimitedText(bytes, { fileName, maxRows: limits.maxRows });
  } else {
    table = readWorkbook(bytes, {
      fileName,
      maxRows: limits.maxRows,
      sheet: options.sheet,
      overrides: options.columns,
      textInput: kind.textInput,
    });
  }
  const { rows } = table;
  if (!rows.some((row) => row.some((cell) => cell.trim() !== ''))) {
    const where = table.sheet ? ` (sheet "${table.sheet}")` : '';
    throw new InputError(`"${fileName}"${where} has no rows to import.`, { limit: 'empty' });
  }

  const header = detectHeaderRow((i) => rows[i], rows.length, { overrides: options.columns, forcedIndex });
  const headers = rows[header.index] ?? [];
  const mapping = requireMapping(header.mapping, headers, {
    fileName,
    sheet: table.sheet,
    headerRow: header.index + 1,
    overrides: options.columns,
  });

  const vinNumberRows: number[] = [];
  if (table.isNumberCell) {
    for (let r = header.index + 1; r < rows.length; r++) if (table.isNumberCell(r, mapping.vin)) vinNumberRows.push(r);
  }

  return {
    fileName,
    format: kind.format,
    ...(table.encoding ? { encoding: table.encoding } : {}),
    ...(table.delimiter ? { delimiter: table.delimiter } : {}),
    ...(table.sheet !== undefined ? { sheet: table.sheet, sheets: table.sheets } : {}),
    rows,
    layout: { headerIndex: header.index, headers, mapping },
    vinNumberRows,
    notices: table.notices,
  };
}
