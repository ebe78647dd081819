/**
 * One SheetJS worksheet as rows of the text each cell DISPLAYED (`w`), never the
 * underlying number or date: a mileage shown "45,000" reads "45,000", a date reads as it
 * was formatted. Works on both of SheetJS's layouts (dense arrays, which we ask for
 * because they parse faster, and the sparse "A1"-keyed object some readers return).
 */
import { sheetJs, type CellObject, type WorkSheet } from './sheetjs.js';
import type { FormulaCell } from './types.js';

type DenseSheet = Array<Array<CellObject | undefined> | undefined>;

const isDense = (ws: WorkSheet): boolean => Array.isArray(ws);

/**
 * A formula Excel never calculated (files written by scripts, or saved with manual
 * calculation) has no value; SheetJS reports it as a stub with v = 0, an error cell with
 * no value, or, for a text formula, an empty string (which an empty result also gives:
 * either way there is nothing to read).
 */
export function isUncachedFormula(cell: CellObject | undefined): cell is CellObject & { f: string } {
  return cell?.f !== undefined && (cell.t === 'z' || cell.v === undefined || (cell.t === 's' && cell.v === ''));
}

export function cellText(cell: CellObject | undefined): string {
  if (!cell) return '';
  // Shown as Excel's formula bar shows it, so it can never pass for a number or a blank.
  if (isUncachedFormula(cell)) return `=${cell.f}`;
  if (cell.w !== undefined) return cell.w;
  return cell.v === undefined || cell.v === null || cell.t === 'z' ? '' : String(cell.v);
}

export function cellAt(ws: WorkSheet, r: number, c: number): CellObject | undefined {
  if (isDense(ws)) return (ws as unknown as DenseSheet)[r]?.[c];
  return ws[sheetJs().utils.encode_cell({ r, c })] as CellObject | undefined;
}

/** Every non-blank cell as (row, column, cell), rows in any order. */
function* cellsOf(ws: WorkSheet): Generator<[number, number, CellObject]> {
  if (isDense(ws)) {
    const rows = ws as unknown as DenseSheet;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) if (row[c]) yield [r, c, row[c]!];
    }
    return;
  }
  for (const key in ws) {
    if (key.charCodeAt(0) === 33 /* ! */) continue;
    const { r, c } = sheetJs().utils.decode_cell(key);
    yield [r, c, ws[key] as CellObject];
  }
}

export interface SheetText {
  /** rows[r][c] is Excel row r + 1, column c, as text; rows end at their last non-blank cell. */
  rows: string[][];
  /** Formula cells with no saved value, anywhere in the sheet. */
  formulas: FormulaCell[];
}

/**
 * All rows of a sheet as text, anchored at A1. Built from the cells that exist, never
 * from "!ref": formatting can stretch the declared range to a million empty rows or
 * 16,384 columns, and that must cost nothing. `onRowWidth` sees each row's width so the
 * caller can refuse absurd ones.
 */
export function sheetText(ws: WorkSheet, onRowWidth: (row: number, width: number) => void): SheetText {
  const rows: string[][] = [];
  const formulas: FormulaCell[] = [];
  for (const [r, c, cell] of cellsOf(ws)) {
    const text = cellText(cell);
    if (isUncachedFormula(cell)) formulas.push({ row: r, column: c, formula: cell.f });
    if (text === '') continue;
    const row = (rows[r] ??= []);
    row[c] = text;
  }
  for (let r = 0; r < rows.length; r++) {
    const row = (rows[r] ??= []);
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = '';
    if (row.length) onRowWidth(r, row.length);
  }
  return { rows, formulas };
}

/** The first `count` rows as text (at most `maxColumns` wide), for scoring a sheet without reading it all. */
export function headText(ws: WorkSheet, count: number, maxColumns: number): string[][] {
  const ref = ws['!ref'];
  if (!ref) return [];
  const range = sheetJs().utils.decode_range(ref);
  const lastCol = Math.min(range.e.c, maxColumns - 1);
  const rows: string[][] = [];
  for (let r = 0; r <= Math.min(range.e.r, count - 1); r++) {
    const row: string[] = [];
    for (let c = 0; c <= lastCol; c++) row.push(cellText(cellAt(ws, r, c)));
    rows.push(row);
  }
  return rows;
}
