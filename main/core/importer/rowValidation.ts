/**
 * Each data row below the header to a vehicle or to the problems that stop it, using
 * the pure VIN and mileage rules. Runs on the caller's thread, so it yields to the
 * event loop every few thousand rows and honours cancellation between slices.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { VehicleInput } from '../shared/domain.js';
import { CancelledError } from '../shared/errors.js';
import { headerLabel } from './columnMapping.js';
import { checkMileage } from './mileage.js';
import type { RowProblem, SheetData, VehicleField } from './types.js';
import { checkVin } from './vin.js';

export const NUMBER_VIN_REASON = 'Excel converted this VIN to a number; re-export the column as text';

export interface RowOutcome {
  /** 1-based row number as Excel shows it. */
  row: number;
  /** Normalised VIN when the VIN itself passed (the row may still fail on mileage). */
  vin?: string;
  vehicle?: VehicleInput;
  problems: RowProblem[];
  warnings: RowProblem[];
}

export interface ValidationOptions {
  acceptBadCheckDigit?: boolean;
  signal?: AbortSignal;
}

const SLICE_ROWS = 2_000;
const OPTIONAL_FIELDS = ['stockNumber', 'year', 'make', 'model'] as const satisfies readonly VehicleField[];

function validateRow(sheet: SheetData, index: number, numberVins: ReadonlySet<number>, options: ValidationOptions): RowOutcome {
  const { mapping, headers } = sheet.layout;
  const cells = sheet.rows[index] ?? [];
  const row = index + 1;
  const cell = (field: VehicleField) => {
    const column = mapping[field];
    return column === undefined ? '' : (cells[column] ?? '');
  };
  const problem = (field: VehicleField, reason: string): RowProblem => ({
    row,
    column: headerLabel(headers, mapping[field] ?? 0),
    field,
    value: cell(field),
    reason,
  });
  const outcome: RowOutcome = { row, problems: [], warnings: [] };

  const vinCheck = numberVins.has(index) ? undefined : checkVin(cell('vin'), options);
  if (!vinCheck) outcome.problems.push(problem('vin', NUMBER_VIN_REASON));
  else if (!vinCheck.ok) outcome.problems.push(problem('vin', vinCheck.reason));
  else {
    outcome.vin = vinCheck.vin;
    if (vinCheck.warning) outcome.warnings.push(problem('vin', vinCheck.warning));
  }

  const mileage = checkMileage(cell('mileage'));
  if (!mileage.ok) outcome.problems.push(problem('mileage', mileage.reason));
  else if (mileage.warning) outcome.warnings.push(problem('mileage', mileage.warning));

  if (outcome.problems.length === 0 && outcome.vin !== undefined && mileage.ok) {
    const vehicle: VehicleInput = { vin: outcome.vin, mileage: mileage.miles };
    for (const field of OPTIONAL_FIELDS) {
      const text = cell(field).trim();
      if (text !== '') vehicle[field] = text;
    }
    vehicle.source = { file: sheet.fileName, row };
    outcome.vehicle = vehicle;
  }
  return outcome;
}

const isBlank = (cells: readonly string[] | undefined) => !cells || cells.every((c) => c.trim() === '');

/** Outcomes for every non-blank row below the header, in row order. */
export async function validateRows(sheet: SheetData, options: ValidationOptions = {}): Promise<RowOutcome[]> {
  const numberVins = new Set(sheet.vinNumberRows);
  const outcomes: RowOutcome[] = [];
  for (let index = sheet.layout.headerIndex + 1; index < sheet.rows.length; index++) {
    if ((index - sheet.layout.headerIndex) % SLICE_ROWS === 0) {
      await nextTurn();
      if (options.signal?.aborted) throw new CancelledError('Import cancelled');
    }
    if (isBlank(sheet.rows[index])) continue;
    outcomes.push(validateRow(sheet, index, numberVins, options));
  }
  return outcomes;
}
