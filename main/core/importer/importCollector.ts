/**
 * Validates rows as they arrive (from the worker, batch by batch, or from memory) and
 * assembles the import result at the end: problems in row order, duplicate VINs
 * collapsed, kilometres reported, counts.
 */
import { CancelledError } from '../shared/errors.js';
import { headerLabel } from './columnMapping.js';
import { DuplicateTracker } from './deduplicate.js';
import type { SheetMeta } from './parseSpreadsheet.js';
import { makeRowContext, validateRow, type RowContext, type ValidationOptions } from './rowValidation.js';
import type { ImportResult, KilometresReport, RowProblem } from './types.js';

export interface CollectorOptions extends ValidationOptions {
  signal?: AbortSignal;
}

const distinctRows = (problems: readonly RowProblem[]) => new Set(problems.map((p) => p.row)).size;

export class ImportCollector {
  private readonly ctx: RowContext;
  private readonly duplicates = new DuplicateTracker();
  private rows = 0;
  private readonly invalid: RowProblem[] = [];
  private readonly warnings: RowProblem[] = [];
  private kilometreRows = 0;

  constructor(
    private readonly meta: SheetMeta,
    private readonly options: CollectorOptions = {},
  ) {
    this.ctx = makeRowContext(meta, options);
  }

  /** Validate rows[first ...]; rows at or above the header are skipped. */
  add(rows: readonly string[][], first: number): void {
    if (this.options.signal?.aborted) throw new CancelledError('Import cancelled');
    const start = Math.max(0, this.meta.layout.headerIndex + 1 - first);
    for (let i = start; i < rows.length; i++) {
      const outcome = validateRow(this.ctx, rows[i]!, first + i);
      if (!outcome) continue;
      this.rows++;
      this.duplicates.add(outcome);
      if (outcome.problems) this.invalid.push(...outcome.problems);
      if (outcome.warnings) this.warnings.push(...outcome.warnings);
      if (outcome.kilometres) this.kilometreRows++;
    }
  }

  private kilometres(): KilometresReport | undefined {
    const { layout } = this.meta;
    if (!layout.mileageInKilometres && this.kilometreRows === 0) return undefined;
    return {
      column: headerLabel(layout.headers, layout.mapping.mileage),
      index: layout.mapping.mileage,
      rows: this.kilometreRows,
      converted: this.options.kilometres === 'convert',
    };
  }

  private kilometreNotice(km: KilometresReport): string {
    const rows = `${km.rows.toLocaleString('en-US')} row${km.rows === 1 ? '' : 's'}`;
    return km.converted
      ? `Mileage in kilometres converted to miles (÷ 1.609344, rounded) in ${rows} of column "${km.column}", as confirmed.`
      : `Column "${km.column}" looks like kilometres: ${rows} held back until you confirm converting kilometres to miles.`;
  }

  finish(): ImportResult {
    const { meta } = this;
    const { vehicles, duplicates, validRowsDropped } = this.duplicates.finish();
    const kilometres = this.kilometres();
    const notices = kilometres && kilometres.rows > 0 ? [...meta.notices, this.kilometreNotice(kilometres)] : meta.notices;
    return {
      file: meta.fileName,
      format: meta.format,
      ...(meta.sheet !== undefined ? { sheet: meta.sheet, sheets: meta.sheets } : {}),
      headerRow: meta.layout.headerIndex + 1,
      headers: meta.layout.headers,
      mapping: meta.layout.mapping,
      headerSignature: meta.layout.signature,
      mappingRemembered: meta.layout.mappingRemembered,
      decimalSeparator: meta.layout.decimalSeparator,
      ...(kilometres ? { kilometres } : {}),
      rows: this.rows,
      vehicles,
      invalid: this.invalid,
      warnings: this.warnings,
      duplicates,
      notices,
      summary: {
        rows: this.rows,
        vehicles: vehicles.length,
        invalidRows: distinctRows(this.invalid),
        warningRows: distinctRows(this.warnings),
        duplicateRowsDropped: validRowsDropped,
      },
    };
  }
}
