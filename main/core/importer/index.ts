/** Public surface of the importer; other modules import from here only. */
export {
  importInventoryFile,
  importInventoryBuffer,
  importSpreadsheetFile,
  buildImportResult,
  type ImportFileOptions,
} from './importInventory.js';
export { readSpreadsheet, type ReadSpreadsheetOptions } from './readSpreadsheet.js';
export { disposeParseWorkers } from './parseWorkerPool.js';
export { parseSpreadsheet, parseSpreadsheetBuffer, type SheetMeta, type SheetSink } from './parseSpreadsheet.js';
export { bufferSource, fileSource, type ByteSource } from './byteSource.js';
export { checkVin, normaliseVin, computeCheckDigit, transliterate, isValidVin, type VinCheck, type VinRuleOptions } from './vin.js';
export { checkMileage, parseMileageText, mileageInRange, KM_PER_MILE, type MileageCheck, type MileageParse, type MileageRules } from './mileage.js';
export { splitVehicleText, type VehicleParts } from './combinedVehicle.js';
export { headerSignature } from './headerSignature.js';
export { rowsToXlsx } from './rowsWorkbook.js';
export { readZipDirectory, declaredUnzippedBytes, type ZipEntry } from './zipDirectory.js';
export { DEFAULT_LIMITS } from './limits.js';
export { NUMBER_VIN_REASON } from './rowValidation.js';
export {
  VEHICLE_FIELDS,
  REQUIRED_FIELDS,
  MAPPED_COLUMNS,
  type VehicleField,
  type MappedColumn,
  type ColumnMapping,
  type ColumnOverrides,
  type DecimalSeparator,
  type FormulaCell,
  type KilometresReport,
  type ReadLimits,
  type ReadOptions,
  type ImportOptions,
  type ImportResult,
  type RowProblem,
  type DuplicateGroup,
  type SheetData,
  type SheetLayout,
  type SheetSummary,
  type SpreadsheetFormat,
} from './types.js';
