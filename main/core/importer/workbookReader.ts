/**
 * XLSX / XLS / ODS (and Excel's HTML "xls") through SheetJS, to rows of the text each
 * cell DISPLAYED (`w`), never the underlying number or date: a mileage shown "45,000"
 * reads "45,000", a date reads as it was formatted. Hidden sheets (lookup tables,
 * pivots) are skipped; the visible sheet whose header row names the most vehicle fields
 * wins, and the result says which sheet that was.
 */
import { InputError } from '../shared/errors.js';
import { detectHeaderRow, HEADER_SCAN_ROWS } from './headerDetection.js';
import { XLSX, type CellObject, type WorkBook, type WorkSheet } from './sheetjs.js';
import type { ColumnOverrides, SheetSummary } from './types.js';

export interface WorkbookTable {
  sheet: string;
  sheets: SheetSummary[];
  rows: string[][];
  /** True when the cell at (row, column), 0-based, holds a number rather than text. */
  isNumberCell(row: number, column: number): boolean;
  notices: string[];
}

export interface WorkbookReadOptions {
  fileName: string;
  maxRows: number;
  sheet?: string;
  overrides?: ColumnOverrides;
  /** Markup (HTML/XML) input: keep cell text as written instead of guessing numbers. */
  textInput?: boolean;
}

function cellText(cell: CellObject | undefined): string {
  if (!cell) return '';
  if (cell.w !== undefined) return cell.w;
  return cell.v === undefined || cell.v === null ? '' : String(cell.v);
}

/** Cell addresses of a sheet ("A1", ...), skipping SheetJS's "!ref"-style keys. */
function* cellKeys(ws: WorkSheet): Generator<string> {
  for (const key in ws) if (key.charCodeAt(0) !== 33 /* ! */) yield key;
}

/**
 * All rows of a sheet as text, anchored at A1 so rows[r][c] is Excel row r+1, column c.
 * Built from the cells that exist, not from "!ref": formatting can stretch the declared
 * range to a million empty rows or 16,384 columns.
 */
function sheetRows(ws: WorkSheet): string[][] {
  const rows: string[][] = [];
  for (const key of cellKeys(ws)) {
    const text = cellText(ws[key] as CellObject);
    if (text === '') continue;
    const { r, c } = XLSX.utils.decode_cell(key);
    const row = (rows[r] ??= []);
    row[c] = text;
  }
  for (let r = 0; r < rows.length; r++) {
    const row = (rows[r] ??= []);
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = '';
  }
  return rows;
}

/** The first HEADER_SCAN_ROWS rows of a sheet as text, for scoring without a full read. */
function headRows(ws: WorkSheet): string[][] {
  const ref = ws['!ref'];
  if (!ref) return [];
  const range = XLSX.utils.decode_range(ref);
  const lastCol = Math.min(range.e.c, 255);
  const rows: string[][] = [];
  for (let r = 0; r <= Math.min(range.e.r, HEADER_SCAN_ROWS - 1); r++) {
    const row: string[] = [];
    for (let c = 0; c <= lastCol; c++) row.push(cellText(ws[XLSX.utils.encode_cell({ r, c })] as CellObject | undefined));
    rows.push(row);
  }
  return rows;
}

function parseWorkbook(bytes: Buffer, options: WorkbookReadOptions): WorkBook {
  try {
    return XLSX.read(bytes, {
      type: 'buffer',
      cellText: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellNF: false,
      cellStyles: false,
      sheetStubs: false,
      raw: options.textInput === true,
      // One row of slack tells "exactly at the limit" from "over it".
      sheetRows: options.maxRows + 1,
    });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError(`"${options.fileName}" could not be read as a spreadsheet: ${why}`, { cause: why });
  }
}

function chooseSheet(wb: WorkBook, options: WorkbookReadOptions): { name: string; sheets: SheetSummary[]; notices: string[] } {
  const flags = wb.Workbook?.Sheets ?? [];
  const sheets: SheetSummary[] = wb.SheetNames.map((name, i) => ({ name, hidden: (flags[i]?.Hidden ?? 0) !== 0, score: 0 }));
  const notices: string[] = [];
  if (options.sheet !== undefined) {
    const wanted = options.sheet.trim().toLowerCase();
    const hit = sheets.find((s) => s.name.trim().toLowerCase() === wanted);
    if (!hit) {
      throw new InputError(`"${options.fileName}" has no sheet named "${options.sheet}". Sheets: ${wb.SheetNames.join(', ')}.`, {
        sheets: wb.SheetNames,
      });
    }
    return { name: hit.name, sheets, notices };
  }
  let best: SheetSummary | undefined;
  for (const summary of sheets) {
    if (summary.hidden) continue;
    const head = headRows(wb.Sheets[summary.name] ?? {});
    summary.score = detectHeaderRow((i) => head[i], head.length, { overrides: options.overrides }).score;
    if (!best || summary.score > best.score) best = summary;
  }
  if (!best) {
    throw new InputError(`"${options.fileName}" has no visible sheet; unhide the inventory sheet in Excel and save again.`, {
      sheets: wb.SheetNames,
    });
  }
  const hidden = sheets.filter((s) => s.hidden).map((s) => `"${s.name}"`);
  if (hidden.length) notices.push(`Skipped hidden sheet${hidden.length > 1 ? 's' : ''} ${hidden.join(', ')}.`);
  if (sheets.length > 1) notices.push(`Used sheet "${best.name}", the best match for an inventory header.`);
  return { name: best.name, sheets, notices };
}

/** Read a workbook and return the chosen sheet's rows of text. */
export function readWorkbook(bytes: Buffer, options: WorkbookReadOptions): WorkbookTable {
  const wb = parseWorkbook(bytes, options);
  if (wb.SheetNames.length === 0) throw new InputError(`"${options.fileName}" has no sheets.`);
  const { name, sheets, notices } = chooseSheet(wb, options);
  const ws = wb.Sheets[name] ?? {};
  const rows = sheetRows(ws);
  if (rows.length > options.maxRows) {
    throw new InputError(
      `Sheet "${name}" of "${options.fileName}" has more than ${options.maxRows.toLocaleString('en-US')} rows; split it into smaller files.`,
      { limit: 'maxRows', maxRows: options.maxRows },
    );
  }
  return {
    sheet: name,
    sheets,
    rows,
    isNumberCell: (r, c) => (ws[XLSX.utils.encode_cell({ r, c })] as CellObject | undefined)?.t === 'n',
    notices,
  };
}
