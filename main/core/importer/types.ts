/**
 * The importer's vocabulary. Everything that crosses the worker boundary
 * (ReadOptions in, SheetData out) is plain data so it survives structured clone.
 */
import type { VehicleInput } from '../shared/domain.js';

/** The vehicle fields a column can map to, in the order we show them. */
export const VEHICLE_FIELDS = ['vin', 'mileage', 'stockNumber', 'year', 'make', 'model'] as const;
export type VehicleField = (typeof VEHICLE_FIELDS)[number];
/** Without these two a row cannot be registered with the partner. */
export const REQUIRED_FIELDS = ['vin', 'mileage'] as const satisfies readonly VehicleField[];

/** 0-based column index per field (column A is 0). */
export type ColumnMapping = { vin: number; mileage: number } & Partial<Record<VehicleField, number>>;

/**
 * Caller's choice of column per field: a header text (matched case/space/punctuation-
 * insensitively) or a 0-based column index. Overrides win over synonym detection.
 */
export type ColumnOverrides = Partial<Record<VehicleField, string | number>>;

export interface ReadLimits {
  /** Largest file accepted, in bytes (default 200 MB). */
  maxBytes: number;
  /** Most rows read from the chosen sheet or CSV, header and titles included (default 1,000,000). */
  maxRows: number;
  /** Wall-clock budget for the worker's parse (default 180 s). */
  timeLimitMs: number;
  /** V8 old-generation cap for the worker, so a hostile file cannot take the app down. */
  maxWorkerMemoryMb: number;
}

/** What the reader needs; serialisable (sent to the worker as workerData). */
export interface ReadOptions {
  /** Name used in messages; defaults to the base name of the path. */
  fileName?: string;
  columns?: ColumnOverrides;
  /** Force the header row (1-based, as Excel shows it) instead of detecting it. */
  headerRow?: number;
  /** Force a sheet by name instead of picking the best header match. */
  sheet?: string;
  limits?: Partial<ReadLimits>;
}

export type SpreadsheetFormat = 'csv' | 'xlsx' | 'xls' | 'ods' | 'html';

export interface SheetSummary {
  name: string;
  hidden: boolean;
  /** Header-match score of its best candidate row (0 when hidden and not scored). */
  score: number;
}

/** Where the table sits in the rows and which column holds which field. */
export interface SheetLayout {
  /** 0-based index into `rows` of the header row. */
  headerIndex: number;
  headers: string[];
  mapping: ColumnMapping;
}

/** The chosen table as text, exactly as the user saw it, plus how it was read. */
export interface SheetData {
  fileName: string;
  format: SpreadsheetFormat;
  /** Text encoding (CSV only) and the delimiter sniffed. */
  encoding?: string;
  delimiter?: string;
  /** Workbook only: the sheet used and every sheet considered. */
  sheet?: string;
  sheets?: SheetSummary[];
  /** All rows from row 1; rows[i] is Excel row i + 1; cells are text, never numbers. */
  rows: string[][];
  layout: SheetLayout;
  /** 0-based row indices whose VIN cell was a NUMBER cell (Excel mangles those). */
  vinNumberRows: number[];
  /** File-level remarks for the user (encoding fallback, hidden sheets skipped...). */
  notices: string[];
  /** Set by readSpreadsheet: how the worker ended. */
  worker?: { threadId: number; exitCode: number; elapsedMs: number };
}

/** One problem with one cell of one row. */
export interface RowProblem {
  /** 1-based row number as Excel shows it (the header row counts). */
  row: number;
  /** Header text of the column, or its letter when the header is blank. */
  column: string;
  field: VehicleField;
  value: string;
  reason: string;
  /** Set when another row with the same VIN was imported instead of this one. */
  supersededBy?: number;
}

export interface DuplicateGroup {
  vin: string;
  keptRow: number;
  droppedRows: number[];
  message: string;
}

export interface ImportOptions extends ReadOptions {
  /** Vehicles built for other markets may lack a check digit: warn instead of reject. */
  acceptBadCheckDigit?: boolean;
  signal?: AbortSignal;
}

export interface ImportResult {
  file: string;
  format: SpreadsheetFormat;
  sheet?: string;
  sheets?: SheetSummary[];
  /** 1-based row number of the header row. */
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
  /** Non-blank data rows seen below the header. */
  rows: number;
  /** Valid, deduplicated vehicles in row order, each with source {file,row}. */
  vehicles: VehicleInput[];
  invalid: RowProblem[];
  warnings: RowProblem[];
  duplicates: DuplicateGroup[];
  notices: string[];
  summary: {
    rows: number;
    vehicles: number;
    /** Rows rejected by at least one rule (a row with two problems counts once). */
    invalidRows: number;
    warningRows: number;
    /** Rows not imported because another row with the same VIN was kept. */
    duplicateRowsDropped: number;
  };
}
