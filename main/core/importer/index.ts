/** Public surface of the importer; other modules import from here only. */
export { importInventoryFile, importInventoryBuffer, buildImportResult } from './importInventory.js';
export { readSpreadsheet, type ReadSpreadsheetOptions } from './readSpreadsheet.js';
export { parseSpreadsheetBuffer } from './parseSpreadsheet.js';
export { checkVin, normaliseVin, computeCheckDigit, transliterate, isValidVin, type VinCheck, type VinRuleOptions } from './vin.js';
export { checkMileage, parseMileageText, mileageInRange, type MileageCheck, type MileageParse } from './mileage.js';
export { DEFAULT_LIMITS } from './limits.js';
export { NUMBER_VIN_REASON } from './rowValidation.js';
export {
  VEHICLE_FIELDS,
  REQUIRED_FIELDS,
  type VehicleField,
  type ColumnMapping,
  type ColumnOverrides,
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
