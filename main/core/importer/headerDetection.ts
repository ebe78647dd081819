/**
 * Finding the header row. Dealer exports often put a report title, a date and a blank
 * line above the table, so the header is the row among the first few dozen that names
 * the most vehicle fields, with VIN and mileage counting most.
 */
import { mapColumns, type PartialMapping } from './columnMapping.js';
import type { ColumnOverrides, MappedColumn } from './types.js';

/** How far down we look for the header; titles rarely take more than a handful of rows. */
export const HEADER_SCAN_ROWS = 30;

const WEIGHT: Record<MappedColumn, number> = { vin: 3, mileage: 3, stockNumber: 1, year: 1, make: 1, model: 1, vehicle: 1 };

export interface HeaderCandidate {
  /** 0-based row index. */
  index: number;
  score: number;
  mapping: PartialMapping;
}

/**
 * Score one row as a header: the weighted number of fields it names. A field the caller
 * pinned to a column NUMBER says nothing about this row's text, so it does not score.
 */
export function scoreHeaderRow(cells: readonly string[], overrides?: ColumnOverrides): HeaderCandidate & { index: -1 } {
  const mapping = mapColumns(cells, overrides);
  let score = 0;
  for (const field of Object.keys(mapping) as MappedColumn[]) {
    if (typeof overrides?.[field] !== 'number') score += WEIGHT[field];
  }
  return { index: -1, score, mapping };
}

const isBlank = (row: readonly string[] | undefined) => !row || row.every((c) => c.trim() === '');

/**
 * The best header row among the first HEADER_SCAN_ROWS rows (earliest wins a tie).
 * With nothing recognisable, the first non-blank row, so the error can list its cells.
 * `forcedIndex` (0-based) skips detection when the caller knows better.
 */
export function detectHeaderRow(
  rowAt: (index: number) => readonly string[] | undefined,
  rowCount: number,
  options: { overrides?: ColumnOverrides; forcedIndex?: number } = {},
): HeaderCandidate {
  if (options.forcedIndex !== undefined) {
    const scored = scoreHeaderRow(rowAt(options.forcedIndex) ?? [], options.overrides);
    return { ...scored, index: options.forcedIndex };
  }
  let best: HeaderCandidate | undefined;
  let firstNonBlank: number | undefined;
  const end = Math.min(rowCount, HEADER_SCAN_ROWS);
  for (let index = 0; index < end; index++) {
    const row = rowAt(index);
    if (isBlank(row)) continue;
    firstNonBlank ??= index;
    const scored = scoreHeaderRow(row!, options.overrides);
    if (scored.score > 0 && (!best || scored.score > best.score)) best = { ...scored, index };
  }
  if (best) return best;
  // Nothing recognisable: the first non-blank row, with the caller's columns applied (a
  // mapping chosen by column number is all there is for headers we have no synonym for).
  const index = firstNonBlank ?? 0;
  return { index, score: 0, mapping: scoreHeaderRow(rowAt(index) ?? [], options.overrides).mapping };
}
