/**
 * Where the table sits and what each column holds, decided once from the first rows:
 * the header row (below any report title), the column mapping (the caller's, a
 * remembered one for the same headers, or detected), whether mileage is in kilometres,
 * and the file's decimal separator.
 */
import { mapColumns, requireMapping } from './columnMapping.js';
import { DECIMAL_COMMA_NOTICE, detectDecimalSeparator } from './decimalSeparator.js';
import { headerSignature } from './headerSignature.js';
import { detectHeaderRow, HEADER_SCAN_ROWS } from './headerDetection.js';
import { fillMergedCells, type CellRange } from './mergedCells.js';
import { headerSaysKilometres } from './synonyms.js';
import type { ReadOptions, SheetLayout } from './types.js';

/** Rows of mileage looked at to decide the decimal separator. */
export const DECIMAL_SAMPLE_ROWS = 500;

export interface LayoutInput {
  /** The first rows of the table (at least HEADER_SCAN_ROWS + DECIMAL_SAMPLE_ROWS when the file has them). */
  rows: readonly string[][];
  fileName: string;
  sheet?: string;
  options: ReadOptions;
  /** Text files: the delimiter, a hint for the decimal separator. */
  delimiter?: string;
  /** Workbooks: merged areas, so a merged header cell names every column it covers. */
  merges?: readonly CellRange[];
  maxColumns: number;
}

function forcedHeaderIndex(headerRow: number | undefined): number | undefined {
  if (headerRow === undefined) return undefined;
  if (!Number.isInteger(headerRow) || headerRow < 1) throw new RangeError(`headerRow must be a row number from 1, got ${headerRow}`);
  return headerRow - 1;
}

export function decideLayout(input: LayoutInput): { layout: SheetLayout; notices: string[] } {
  const { rows, options } = input;
  const head = rows.slice(0, HEADER_SCAN_ROWS).map((row) => [...row]);
  fillMergedCells(head, input.merges as CellRange[] | undefined, HEADER_SCAN_ROWS - 1, input.maxColumns);
  const forcedIndex = forcedHeaderIndex(options.headerRow);
  const header = detectHeaderRow((i) => head[i] ?? rows[i], Math.max(head.length, forcedIndex ?? 0), {
    overrides: options.columns,
    forcedIndex,
  });
  const headers = head[header.index] ?? rows[header.index] ?? [];
  const signature = headerSignature(headers);
  const remembered = options.columns === undefined ? options.rememberedMappings?.[signature] : undefined;
  const found = remembered ? mapColumns(headers, remembered) : header.mapping;
  const mapping = requireMapping(found, headers, {
    fileName: input.fileName,
    sheet: input.sheet,
    headerRow: header.index + 1,
    overrides: remembered ?? options.columns,
  });
  const samples = rows.slice(header.index + 1, header.index + 1 + DECIMAL_SAMPLE_ROWS).map((row) => row[mapping.mileage] ?? '');
  const decimalSeparator = detectDecimalSeparator(samples, input.delimiter);
  return {
    layout: {
      headerIndex: header.index,
      headers,
      mapping,
      signature,
      mappingRemembered: remembered !== undefined,
      mileageInKilometres: headerSaysKilometres(headers[mapping.mileage] ?? ''),
      decimalSeparator,
    },
    notices: decimalSeparator === ',' ? [DECIMAL_COMMA_NOTICE] : [],
  };
}
