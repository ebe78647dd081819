/**
 * One data row to a vehicle, or to the problems that stop it, using the pure VIN and
 * mileage rules. Per-sheet facts (columns, flagged cells, number format, kilometres) are
 * worked out once in a RowContext, because this runs for every row of a 100,000-row file.
 */
import type { VehicleInput } from '../shared/domain.js';
import { columnLetter, headerLabel } from './columnMapping.js';
import { splitVehicleText } from './combinedVehicle.js';
import { checkMileage, type MileageRules } from './mileage.js';
import type { SheetMeta } from './parseSpreadsheet.js';
import { detectRowSplit } from './splitRow.js';
import type { FormulaCell, RowProblem, VehicleField } from './types.js';
import { checkVin, type VinRuleOptions } from './vin.js';

export const NUMBER_VIN_REASON = 'Excel converted this VIN to a number; re-export the column as text';

export interface RowOutcome {
  /** 1-based row number as Excel shows it. */
  row: number;
  /** Normalised VIN when the VIN itself passed (the row may still fail on mileage). */
  vin?: string;
  vehicle?: VehicleInput;
  problems?: RowProblem[];
  warnings?: RowProblem[];
  /** The mileage was in kilometres (converted, or held back for the user to confirm). */
  kilometres?: boolean;
}

export interface ValidationOptions extends VinRuleOptions {
  kilometres?: 'ask' | 'convert';
}

export interface RowContext {
  meta: SheetMeta;
  vinRules: VinRuleOptions;
  mileageRules: MileageRules;
  numberVins: ReadonlySet<number>;
  /** Uncalculated formula cells by 0-based row. */
  formulas: ReadonlyMap<number, FormulaCell[]>;
  /** Text files only: rows wider than the header are checked for an unquoted comma. */
  checkWidth: boolean;
  /** Right-most mapped column: a row split beyond it loses nothing we read. */
  lastMapped: number;
  /** The vehicle field read from each mapped column. */
  fieldAt: ReadonlyMap<number, VehicleField>;
}

const OPTIONAL_FIELDS = ['stockNumber', 'year', 'make', 'model'] as const satisfies readonly VehicleField[];
const FROM_COMBINED = ['year', 'make', 'model'] as const;

export function makeRowContext(meta: SheetMeta, options: ValidationOptions): RowContext {
  const { layout } = meta;
  const formulas = new Map<number, FormulaCell[]>();
  for (const f of meta.uncachedFormulas) formulas.set(f.row, [...(formulas.get(f.row) ?? []), f]);
  return {
    meta,
    vinRules: { acceptBadCheckDigit: options.acceptBadCheckDigit },
    mileageRules: {
      decimalSeparator: layout.decimalSeparator,
      columnInKilometres: layout.mileageInKilometres,
      column: headerLabel(layout.headers, layout.mapping.mileage),
      kilometres: options.kilometres ?? 'ask',
    },
    numberVins: new Set(meta.vinNumberRows),
    formulas,
    checkWidth: meta.format === 'csv',
    lastMapped: Math.max(...Object.values(layout.mapping)),
    // The combined column feeds year, make and model; a problem there is reported as the model.
    fieldAt: new Map(Object.entries(layout.mapping).map(([f, c]) => [c, (f === 'vehicle' ? 'model' : f) as VehicleField])),
  };
}

const cellOf = (cells: readonly string[], column: number | undefined): string => (column === undefined ? '' : (cells[column] ?? ''));

function isBlank(cells: readonly string[]): boolean {
  for (let c = 0; c < cells.length; c++) if (cells[c]!.trim() !== '') return false;
  return true;
}

function makeProblem(ctx: RowContext, cells: readonly string[], row: number, field: VehicleField, reason: string, column?: number, value?: string): RowProblem {
  const at = column ?? ctx.meta.layout.mapping[field] ?? 0;
  return { row, column: headerLabel(ctx.meta.layout.headers, at), field, value: value ?? cellOf(cells, at), reason };
}

/** The uncalculated formula in `column` of this row, if any (rare: most rows have none). */
function formulaAt(flagged: FormulaCell[] | undefined, column: number | undefined): FormulaCell | undefined {
  return flagged && column !== undefined ? flagged.find((f) => f.column === column) : undefined;
}

function formulaProblem(ctx: RowContext, cells: readonly string[], row: number, field: VehicleField, f: FormulaCell, suffix = ''): RowProblem {
  const reason = `cell ${columnLetter(f.column)}${row} holds a formula (=${f.formula}) whose value was not saved; open the file in Excel, let it calculate, save it and import again${suffix}`;
  return makeProblem(ctx, cells, row, field, reason);
}

/** The outcome of the row at 0-based `index`, or undefined for a blank row. */
export function validateRow(ctx: RowContext, cells: readonly string[], index: number): RowOutcome | undefined {
  if (isBlank(cells)) return undefined;
  const { mapping, headers } = ctx.meta.layout;
  const row = index + 1;
  // A row wider than the header: a known split left of what we read rejects it outright
  // (the columns after it are shifted); one right of every mapped column costs nothing.
  const split = ctx.checkWidth && cells.length > headers.length ? detectRowSplit(cells, headers.length, ctx.meta.delimiter) : undefined;
  if (split?.at !== undefined && split.at <= ctx.lastMapped) {
    return { row, problems: [makeProblem(ctx, cells, row, ctx.fieldAt.get(split.at) ?? 'mileage', split.reason, split.at, split.value)] };
  }
  const outcome: RowOutcome = { row };
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const flagged = ctx.formulas.get(index);

  const vinFormula = formulaAt(flagged, mapping.vin);
  if (vinFormula) problems.push(formulaProblem(ctx, cells, row, 'vin', vinFormula));
  else if (ctx.numberVins.has(index)) problems.push(makeProblem(ctx, cells, row, 'vin', NUMBER_VIN_REASON));
  else {
    const vin = checkVin(cellOf(cells, mapping.vin), ctx.vinRules);
    if (!vin.ok) problems.push(makeProblem(ctx, cells, row, 'vin', vin.reason));
    else {
      outcome.vin = vin.vin;
      if (vin.warning) warnings.push(makeProblem(ctx, cells, row, 'vin', vin.warning));
    }
  }

  const mileageFormula = formulaAt(flagged, mapping.mileage);
  const mileage = mileageFormula ? undefined : checkMileage(cellOf(cells, mapping.mileage), ctx.mileageRules);
  if (mileageFormula) problems.push(formulaProblem(ctx, cells, row, 'mileage', mileageFormula));
  else if (!mileage!.ok) problems.push(makeProblem(ctx, cells, row, 'mileage', mileage!.reason));
  else if (mileage!.warning) warnings.push(makeProblem(ctx, cells, row, 'mileage', mileage!.warning));
  if (mileage && ('kilometres' in mileage || 'fromKilometres' in mileage)) outcome.kilometres = true;

  if (problems.length === 0 && outcome.vin !== undefined && mileage?.ok) {
    const vehicle: VehicleInput = { vin: outcome.vin, mileage: mileage.miles };
    for (const field of OPTIONAL_FIELDS) {
      const f = formulaAt(flagged, mapping[field]);
      if (f) warnings.push(formulaProblem(ctx, cells, row, field, f, '; left out'));
      const text = f ? '' : cellOf(cells, mapping[field]).trim();
      if (text !== '') vehicle[field] = text;
    }
    if (mapping.vehicle !== undefined && !formulaAt(flagged, mapping.vehicle)) {
      const parts = splitVehicleText(cellOf(cells, mapping.vehicle));
      for (const field of FROM_COMBINED) if (vehicle[field] === undefined && parts[field]) vehicle[field] = parts[field];
    }
    vehicle.source = { file: ctx.meta.fileName, row };
    outcome.vehicle = vehicle;
  }
  if (split) {
    // Where the extra field came from is unknown: a failed row is explained by the split; a
    // passing one is kept, with a warning on the right-most column we read.
    const blamed = problems[0];
    if (blamed) return { row, problems: [makeProblem(ctx, cells, row, blamed.field, split.reason, undefined, blamed.value)] };
    warnings.push(makeProblem(ctx, cells, row, ctx.fieldAt.get(ctx.lastMapped) ?? 'mileage', `${split.reason}; check this value is complete`, ctx.lastMapped));
  }
  if (problems.length) outcome.problems = problems;
  if (warnings.length) outcome.warnings = warnings;
  return outcome;
}
