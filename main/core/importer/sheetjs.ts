/**
 * SheetJS, loaded through require on purpose: xlsx 0.18.5 has no "exports" map, and an
 * ESM namespace import of its CommonJS build only sees the few names Node's lexer can
 * detect. Its CommonJS build also brings the code pages that old BIFF5 .xls files need.
 */
import { createRequire } from 'node:module';

export type SheetJS = typeof import('xlsx');
export type { CellObject, WorkBook, WorkSheet } from 'xlsx';

export const XLSX = createRequire(import.meta.url)('xlsx') as SheetJS;
