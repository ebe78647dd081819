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

/**
 * What a column can be mapped to: a vehicle field, or one combined "Vehicle" column
 * ("2018 Toyota Camry") that fills year, make and model where those have no column.
 */
export const MAPPED_COLUMNS = [...VEHICLE_FIELDS, 'vehicle'] as const;
export type MappedColumn = (typeof MAPPED_COLUMNS)[number];

/** 0-based column index per field (column A is 0). */
export type ColumnMapping = { vin: number; mileage: number } & Partial<Record<MappedColumn, number>>;

/**
 * Caller's choice of column per field: a header text (matched case/space/punctuation-
 * insensitively) or a 0-based column index. Overrides win over synonym detection.
 */
export type ColumnOverrides = Partial<Record<MappedColumn, string | number>>;

export interface ReadLimits {
  /** Largest file accepted, in bytes (default 200 MB). */
  maxBytes: number;
  /** Most rows read from the chosen sheet or CSV, header and titles included (default 1,000,000). */
  maxRows: number;
  /** Most columns in any row (default 2,000; Excel allows 16,384, inventories use a few dozen). */
  maxColumns: number;
  /**
   * Most bytes a zipped workbook (XLSX, ODS) may unpack to, all parts together, as its
   * zip directory declares them; checked before anything is inflated (default 256 MB).
   */
  maxUnzippedBytes: number;
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
  /**
   * Mappings the user chose before, keyed by header signature (see headerSignature.ts).
   * Used when `columns` is not given and the file's headers have a remembered signature.
   */
  rememberedMappings?: Record<string, ColumnOverrides>;
}

/** How numbers are written in text cells: "45,000.5" (point) or "45.000,5" (comma). */
export type DecimalSeparator = '.' | ',';

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
  /** Hash of the header cells: the key under which a chosen mapping is remembered. */
  signature: string;
  /** True when the mapping is one the user chose before for the same headers. */
  mappingRemembered: boolean;
  /** The mileage column's header says kilometres ("KM", "Kilometerstand", "Odometer (km)"). */
  mileageInKilometres: boolean;
  /** Decimal separator of the number cells (semicolon files and their content decide). */
  decimalSeparator: DecimalSeparator;
}

/** A cell holding a formula that was never calculated, so it has no value to read. */
export interface FormulaCell {
  /** 0-based row and column. */
  row: number;
  column: number;
  formula: string;
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
  /** Workbook only: formula cells without a saved value, in mapped columns. */
  uncachedFormulas: FormulaCell[];
  /** File-level remarks for the user (encoding fallback, hidden sheets skipped...). */
  notices: string[];
  /** Set by readSpreadsheet: which worker thread read it, and whether it was a warm one. */
  worker?: { threadId: number; reused: boolean; elapsedMs: number };
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

export interface KilometresReport {
  /** Header text of the mileage column, and its 0-based index. */
  column: string;
  index: number;
  /** Rows whose mileage is in kilometres (by the header or a "km" in the cell). */
  rows: number;
  /** True when they were converted to miles ('convert'); false when held back ('ask'). */
  converted: boolean;
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
  /**
   * Mileage that looks like kilometres: 'ask' (default) holds those rows back and says
   * which column it is; 'convert' (after the user confirmed) converts them to miles.
   */
  kilometres?: 'ask' | 'convert';
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
  /** See SheetLayout. */
  headerSignature: string;
  mappingRemembered: boolean;
  decimalSeparator: DecimalSeparator;
  /** Set when the mileage looks like kilometres: which column, and what was done. */
  kilometres?: KilometresReport;
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
