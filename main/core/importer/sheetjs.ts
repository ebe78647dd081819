/**
 * SheetJS, loaded through require on purpose: xlsx 0.18.5 has no "exports" map, and an
 * ESM namespace import of its CommonJS build only sees the few names Node's lexer can
 * detect. Its CommonJS build also brings the code pages that old BIFF5 .xls files need.
 * Loaded on first use: it takes about 100 ms, which a CSV import should not pay.
 */
import { createRequire } from 'node:module';

export type SheetJS = typeof import('xlsx');
export type { CellObject, ParsingOptions, WorkBook, WorkSheet } from 'xlsx';

let loaded: SheetJS | undefined;

export function sheetJs(): SheetJS {
  return (loaded ??= createRequire(import.meta.url)('xlsx') as SheetJS);
}
