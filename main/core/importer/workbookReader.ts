/**
 * XLSX / XLS / ODS (and Excel's HTML "xls") through SheetJS, to rows of displayed text
 * (see sheetCells.ts). A zipped workbook's declared unpacked size is checked before
 * SheetJS inflates anything. Hidden sheets (lookup tables, code lists) are skipped; the
 * visible sheet whose header row names the most vehicle fields wins, and the result
 * says which sheet that was.
 */
import { InputError } from '../shared/errors.js';
import { detectHeaderRow, HEADER_SCAN_ROWS } from './headerDetection.js';
import { tooManyColumnsError, tooManyRowsError, unzippedSizeError } from './limits.js';
import { fillMergedCells, type CellRange } from './mergedCells.js';
import { cellAt, headText, sheetText } from './sheetCells.js';
import { sheetJs, type ParsingOptions, type WorkBook, type WorkSheet } from './sheetjs.js';
import type { ColumnOverrides, FormulaCell, ReadLimits, SheetSummary } from './types.js';
import { declaredUnzippedBytes } from './zipDirectory.js';

export interface WorkbookTable {
  sheet: string;
  sheets: SheetSummary[];
  rows: string[][];
  /** True when the cell at (row, column), 0-based, holds a number rather than text. */
  isNumberCell(row: number, column: number): boolean;
  /** Formula cells without a saved value, anywhere in the sheet. */
  formulas: FormulaCell[];
  /** Merged areas of the sheet, for filling merged header cells. */
  merges: CellRange[];
  notices: string[];
}

export interface WorkbookReadOptions {
  fileName: string;
  limits: ReadLimits;
  sheet?: string;
  overrides?: ColumnOverrides;
  /** Markup (HTML/XML) input: keep cell text as written instead of guessing numbers. */
  textInput?: boolean;
  /** A zip container (XLSX, ODS): check its declared unpacked size first. */
  zipped?: boolean;
}

function parseWorkbook(bytes: Buffer, options: WorkbookReadOptions): WorkBook {
  if (options.zipped) {
    const unzipped = declaredUnzippedBytes(bytes, options.fileName);
    if (unzipped > options.limits.maxUnzippedBytes) throw unzippedSizeError(options.fileName, unzipped, options.limits);
  }
  try {
    return sheetJs().read(bytes, {
      type: 'buffer',
      // Arrays of rows: faster to build and walk than "A1"-keyed objects.
      dense: true,
      cellText: true,
      cellDates: false,
      // Needed to tell a never-calculated formula (a stub with a formula) from a blank.
      cellFormula: true,
      sheetStubs: true,
      cellHTML: false,
      cellNF: false,
      cellStyles: false,
      raw: options.textInput === true,
      // One row of slack tells "exactly at the limit" from "over it".
      sheetRows: options.limits.maxRows + 1,
    } as ParsingOptions);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError(`"${options.fileName}" could not be read as a spreadsheet: ${why}`, { cause: why });
  }
}

/** The first rows of a sheet with merged header cells filled, for scoring. */
function scoringRows(ws: WorkSheet, limits: ReadLimits): string[][] {
  const head = headText(ws, HEADER_SCAN_ROWS, Math.min(limits.maxColumns, 256));
  fillMergedCells(head, ws['!merges'], HEADER_SCAN_ROWS - 1, 256);
  return head;
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
    const head = scoringRows(wb.Sheets[summary.name] ?? {}, options.limits);
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
  const place = `Sheet "${name}" of "${options.fileName}"`;
  const { rows, formulas } = sheetText(ws, (row, width) => {
    if (width > options.limits.maxColumns) throw tooManyColumnsError(place, row + 1, width, options.limits);
  });
  if (rows.length > options.limits.maxRows) throw tooManyRowsError(place, options.limits);
  return {
    sheet: name,
    sheets,
    rows,
    isNumberCell: (r, c) => cellAt(ws, r, c)?.t === 'n',
    formulas,
    merges: (ws['!merges'] ?? []) as CellRange[],
    notices,
  };
}
