/**
 * One vehicle per VIN. A VIN listed more than once collapses to its LAST valid row:
 * exports append newer readings, and the later odometer is the one to register. Every
 * other row with that VIN is reported as dropped; an invalid one also points at the
 * row that supplied the vehicle, so the user is not asked to fix a row that no longer matters.
 */
import type { VehicleInput } from '../shared/domain.js';
import type { RowOutcome } from './rowValidation.js';
import type { DuplicateGroup } from './types.js';

export interface Deduplicated {
  vehicles: VehicleInput[];
  duplicates: DuplicateGroup[];
  /** Rows that were valid vehicles but lost to a later row with the same VIN. */
  validRowsDropped: number;
}

/** Messages name at most this many rows; a VIN pasted down a whole column would make them huge. */
const LIST_MAX = 10;

const list = (rows: readonly number[]) => {
  if (rows.length > LIST_MAX) return `${rows.slice(0, LIST_MAX).join(', ')} and ${rows.length - LIST_MAX} more`;
  return rows.length <= 1 ? String(rows[0] ?? '') : `${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`;
};

function describe(vin: string, group: readonly RowOutcome[], kept: RowOutcome, dropped: readonly number[]): string {
  const rows = group.map((o) => o.row);
  let text = `VIN ${vin} is on rows ${list(rows)}; row ${kept.row} kept (last valid), row${dropped.length > 1 ? 's' : ''} ${list(dropped)} dropped`;
  const readings = group.filter((o) => o.vehicle && o.vehicle.mileage !== kept.vehicle?.mileage);
  if (readings.length) {
    const fmt = (n: number) => n.toLocaleString('en-US');
    const shown = readings.slice(0, LIST_MAX).map((o) => `row ${o.row}: ${fmt(o.vehicle!.mileage)}`);
    if (readings.length > LIST_MAX) shown.push(`${readings.length - LIST_MAX} more`);
    text += `; mileage differs (${shown.join(', ')}; kept ${fmt(kept.vehicle!.mileage)})`;
  }
  return text;
}

/**
 * Collapses duplicates as rows arrive: `add` each outcome in row order, then `finish`.
 * Only VINs seen twice get a group, so the end costs little however long the file.
 */
export class DuplicateTracker {
  /** VIN -> index into `withVin` of its first row (small integers keep the map cheap). */
  private readonly first = new Map<string, number>();
  private readonly withVin: RowOutcome[] = [];
  private readonly groups = new Map<string, RowOutcome[]>();
  private readonly vehicles: VehicleInput[] = [];

  add(outcome: RowOutcome): void {
    if (outcome.vehicle) this.vehicles.push(outcome.vehicle);
    if (outcome.vin === undefined) return;
    const at = this.first.get(outcome.vin);
    if (at === undefined) {
      this.first.set(outcome.vin, this.withVin.length);
      this.withVin.push(outcome);
    } else {
      const seen = this.withVin[at]!;
      const group = this.groups.get(outcome.vin);
      if (group) group.push(outcome);
      else this.groups.set(outcome.vin, [seen, outcome]);
    }
  }

  /** Mutates the dropped rows' problems (`supersededBy`). */
  finish(): Deduplicated {
    const dropped = new Set<VehicleInput>();
    const duplicates: DuplicateGroup[] = [];
    let validRowsDropped = 0;
    for (const [vin, group] of this.groups) {
      const kept = group.findLast((o) => o.vehicle !== undefined);
      if (!kept) continue; // every row invalid: each is reported on its own, nothing to collapse
      const losers = group.filter((o) => o !== kept);
      for (const o of losers) {
        if (o.vehicle) {
          dropped.add(o.vehicle);
          validRowsDropped++;
        }
        for (const p of o.problems ?? []) p.supersededBy = kept.row;
      }
      const rows = losers.map((o) => o.row);
      duplicates.push({ vin, keptRow: kept.row, droppedRows: rows, message: describe(vin, group, kept, rows) });
    }
    const vehicles = dropped.size ? this.vehicles.filter((v) => !dropped.has(v)) : this.vehicles;
    duplicates.sort((a, b) => a.keptRow - b.keptRow);
    return { vehicles, duplicates, validRowsDropped };
  }
}

/** Collapse duplicates among row outcomes (in row order); mutates problems' `supersededBy`. */
export function deduplicate(outcomes: readonly RowOutcome[]): Deduplicated {
  const tracker = new DuplicateTracker();
  for (const o of outcomes) tracker.add(o);
  return tracker.finish();
}
