/**
 * The local record of every vehicle and its registration. Each state change is
 * committed here BEFORE the request it leads to, so a crash at any instant resumes
 * where it stopped. Main is the only writer.
 */
import type { Db } from './openDatabase.js';
import { openDatabase } from './openDatabase.js';
import { afterIntake, countDecision, decideIntake, emptyIntakeSummary, type IntakeSummary, type KnownVehicle } from './intakePlan.js';
import { toVehicleRecord, VEHICLE_COLUMNS, type VehicleRow } from './rowMapping.js';
import { ledgerSummary, listVehicles, type LedgerSummary, type VehicleQuery } from './vehicleQueries.js';
import {
  emptyCounts,
  type RegistrationProblem,
  type RegistrationState,
  type StateCounts,
  type VehicleInput,
  type VehicleRecord,
} from '../shared/domain.js';

export type { IntakeSummary } from './intakePlan.js';

export interface AttemptEntry {
  at: number;
  event: string;
  httpStatus: number | null;
  message: string;
  detail: unknown;
}

export class Ledger {
  private constructor(readonly db: Db) {}

  static open(file: string): Ledger {
    return new Ledger(openDatabase(file));
  }

  /** Runs `fn` as one transaction: all of its writes land, or none. */
  atomically<T>(fn: () => T): T {
    // IMMEDIATE: take the write lock up front, so a second process waits (busy_timeout) instead of failing on upgrade.
    return this.db.transaction(fn).immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  // ---------- intake ----------

  /**
   * What the ledger holds for these VINs, in one query (json_each) instead of one per
   * vehicle: a 100,000-row import would otherwise cross into SQLite 100,000 more times.
   */
  private knownVehicles(vehicles: readonly VehicleInput[]): Map<string, KnownVehicle> {
    const rows = this.db
      .prepare<[string], { vin: string; mileage: number; state: RegistrationState; registered_mileage: number | null; expires_at: number | null }>(
        `SELECT v.vin, v.mileage, r.state, r.registered_mileage, r.expires_at
         FROM json_each(?) j JOIN vehicles v ON v.vin = j.value JOIN registrations r ON r.vin = v.vin`,
      )
      .all(JSON.stringify([...new Set(vehicles.map((v) => v.vin))]));
    return new Map(
      rows.map((r) => [r.vin, { state: r.state, mileage: r.mileage, registeredMileage: r.registered_mileage, expiresAt: r.expires_at }]),
    );
  }

  /** Every vehicle's decision (intakePlan.ts), in order, as if each were written before the next. */
  private planIntake(vehicles: readonly VehicleInput[], now: number): { summary: IntakeSummary; added: string[]; requeued: string[] } {
    const summary = emptyIntakeSummary();
    const added: string[] = [];
    const requeued: string[] = [];
    const known = this.knownVehicles(vehicles);
    for (const v of vehicles) {
      const before = known.get(v.vin);
      const { decision, mileageMoved } = decideIntake(before, v.mileage, now);
      if (decision === 'add') added.push(v.vin);
      else if (decision === 'requeue') requeued.push(v.vin);
      countDecision(summary, decision, mileageMoved);
      known.set(v.vin, afterIntake(before, v.mileage, decision));
    }
    return { summary, added, requeued };
  }

  /**
   * Records imported vehicles and decides, per vehicle, whether anything must be sent.
   * The writes go in as three statements fed from JSON (SQLite applies the rows in order,
   * so a VIN listed twice ends with its last row, as one-by-one writes would leave it).
   */
  intake(vehicles: readonly VehicleInput[], now: number): IntakeSummary {
    return this.db.transaction(() => {
      const { summary, added, requeued } = this.planIntake(vehicles, now);
      const rows = vehicles.map((v) => [
        v.vin, v.mileage, v.stockNumber ?? null, v.year ?? null, v.make ?? null, v.model ?? null, v.source?.file ?? null, v.source?.row ?? null,
      ]);
      this.db
        .prepare(
          `INSERT INTO vehicles (vin, mileage, stock_number, year, make, model, source_file, source_row, created_at, updated_at)
           SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7, ?, ? FROM json_each(?) WHERE true
           ON CONFLICT(vin) DO UPDATE SET mileage = excluded.mileage,
             stock_number = COALESCE(excluded.stock_number, stock_number), year = COALESCE(excluded.year, year),
             make = COALESCE(excluded.make, make), model = COALESCE(excluded.model, model),
             source_file = excluded.source_file, source_row = excluded.source_row, updated_at = excluded.updated_at`,
        )
        .run(now, now, JSON.stringify(rows));
      if (added.length) {
        this.db
          .prepare(`INSERT INTO registrations (vin, state, attempts, queued_at, updated_at) SELECT value, 'queued', 0, ?, ? FROM json_each(?)`)
          .run(now, now, JSON.stringify(added));
      }
      if (requeued.length) {
        this.db
          .prepare(
            `UPDATE registrations SET state = 'queued', attempts = 0, next_attempt_at = NULL, queued_at = ?, updated_at = ?
             WHERE vin IN (SELECT value FROM json_each(?))`,
          )
          .run(now, now, JSON.stringify(requeued));
      }
      return summary;
    }).immediate();
  }

  /** What `intake` would do, by the same decisions, without writing (a preview of 100,000 rows stays quick). */
  forecastIntake(vehicles: readonly VehicleInput[], now: number): IntakeSummary {
    return this.planIntake(vehicles, now).summary;
  }

  recordImport(file: string, now: number, summary: unknown): void {
    this.db.prepare(`INSERT INTO imports (file, at, summary) VALUES (?, ?, ?)`).run(file, now, JSON.stringify(summary));
  }

  // ---------- the engine's transitions ----------

  /** A crash or kill leaves rows 'registering'; re-posting is harmless, so they go back in line first. */
  recoverInterrupted(now: number): number {
    return this.db
      .prepare(`UPDATE registrations SET state = 'queued', queued_at = COALESCE(queued_at, ?), updated_at = ? WHERE state = 'registering'`)
      .run(now, now).changes;
  }

  /** Registered vehicles whose 30 days are over go back in line. */
  requeueExpired(now: number): number {
    return this.db
      .prepare(
        `UPDATE registrations SET state = 'queued', attempts = 0, next_attempt_at = NULL, queued_at = ?, updated_at = ?
         WHERE state = 'registered' AND expires_at <= ?`,
      )
      .run(now, now, now).changes;
  }

  /** Takes the next vehicle that is due and marks it 'registering' in the same transaction. */
  claimNextDue(now: number): VehicleRecord | null {
    return this.db.transaction(() => {
      const row = this.db
        .prepare<[number], VehicleRow>(
          `SELECT ${VEHICLE_COLUMNS} FROM registrations r JOIN vehicles v ON v.vin = r.vin
           WHERE r.state = 'queued' OR (r.state = 'waiting-retry' AND r.next_attempt_at <= ?)
           ORDER BY CASE r.state WHEN 'waiting-retry' THEN 0 ELSE 1 END, r.next_attempt_at, r.queued_at, r.rowid
           LIMIT 1`,
        )
        .get(now);
      if (!row) return null;
      this.db.prepare(`UPDATE registrations SET state = 'registering', updated_at = ? WHERE vin = ?`).run(now, row.vin);
      return { ...toVehicleRecord(row), state: 'registering' as const, updatedAt: now };
    }).immediate();
  }

  markRegistered(vin: string, mileage: number, now: number, expiresAt: number): void {
    this.db
      .prepare(
        `UPDATE registrations SET state = 'registered', registered_mileage = ?, registered_at = ?, expires_at = ?,
         next_attempt_at = NULL, last_error = NULL, updated_at = ? WHERE vin = ?`,
      )
      .run(mileage, now, expiresAt, now, vin);
  }

  markRejected(vin: string, problem: RegistrationProblem, now: number): void {
    this.setProblemState(vin, 'rejected', problem, now, null);
  }

  markWaitingRetry(vin: string, attempts: number, nextAttemptAt: number, problem: RegistrationProblem, now: number): void {
    this.db
      .prepare(`UPDATE registrations SET attempts = ? WHERE vin = ?`)
      .run(attempts, vin);
    this.setProblemState(vin, 'waiting-retry', problem, now, nextAttemptAt);
  }

  markFailed(vin: string, attempts: number, problem: RegistrationProblem, now: number): void {
    this.db.prepare(`UPDATE registrations SET attempts = ? WHERE vin = ?`).run(attempts, vin);
    this.setProblemState(vin, 'failed', problem, now, null);
  }

  /**
   * The quick quote registers a vehicle now, ahead of the batch. Recorded as
   * 'registering' at the mileage on the desk before the first request goes out.
   */
  claimForQuote(v: VehicleInput, now: number): VehicleRecord {
    return this.atomically(() => {
      if (!this.get(v.vin)) this.intake([v], now);
      this.db
        .prepare(`UPDATE vehicles SET mileage = ?, updated_at = ? WHERE vin = ?`)
        .run(v.mileage, now, v.vin);
      this.db
        .prepare(`UPDATE registrations SET state = 'registering', attempts = 0, next_attempt_at = NULL, updated_at = ? WHERE vin = ?`)
        .run(now, v.vin);
      return this.get(v.vin)!;
    });
  }

  /** Puts a vehicle back in line without spending an attempt (pause, cancel, network loss). */
  putBack(vin: string, now: number): void {
    this.db
      .prepare(`UPDATE registrations SET state = 'queued', updated_at = ? WHERE vin = ? AND state = 'registering'`)
      .run(now, vin);
  }

  /** Retry by hand or off-peak: failed/rejected/waiting vehicles go back in line at `at`. */
  scheduleRetry(vins: readonly string[], at: number, now: number): number {
    const stmt = this.db.prepare(
      `UPDATE registrations SET state = 'waiting-retry', attempts = 0, next_attempt_at = ?, updated_at = ?
       WHERE vin = ? AND state IN ('failed','rejected','waiting-retry','queued')`,
    );
    return this.db.transaction(() => vins.reduce((n, vin) => n + stmt.run(at, now, vin).changes, 0)).immediate();
  }

  /** After the partner's cache was cleared, or when a user asks for a fresh registration. */
  forgetRegistration(vins: readonly string[], now: number): number {
    const stmt = this.db.prepare(
      `UPDATE registrations SET state = 'queued', registered_mileage = NULL, registered_at = NULL, expires_at = NULL,
       attempts = 0, next_attempt_at = NULL, last_error = NULL, queued_at = ?, updated_at = ? WHERE vin = ? AND state != 'registering'`,
    );
    return this.db.transaction(() => vins.reduce((n, vin) => n + stmt.run(now, now, vin).changes, 0)).immediate();
  }

  recordAttempt(vin: string, at: number, event: string, message: string, httpStatus?: number, detail?: unknown): void {
    this.db
      .prepare(`INSERT INTO attempts (vin, at, event, http_status, message, detail) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(vin, at, event, httpStatus ?? null, message, detail === undefined ? null : JSON.stringify(detail));
  }

  private setProblemState(
    vin: string,
    state: RegistrationState,
    problem: RegistrationProblem,
    now: number,
    nextAttemptAt: number | null,
  ): void {
    this.db
      .prepare(`UPDATE registrations SET state = ?, last_error = ?, next_attempt_at = ?, updated_at = ? WHERE vin = ?`)
      .run(state, JSON.stringify(problem), nextAttemptAt, now, vin);
  }

  // ---------- reads ----------

  get(vin: string): VehicleRecord | null {
    const row = this.db
      .prepare<[string], VehicleRow>(`SELECT ${VEHICLE_COLUMNS} FROM vehicles v JOIN registrations r ON r.vin = v.vin WHERE v.vin = ?`)
      .get(vin);
    return row ? toVehicleRecord(row) : null;
  }

  counts(): StateCounts {
    const counts = emptyCounts();
    for (const { state, n } of this.db
      .prepare<[], { state: RegistrationState; n: number }>(`SELECT state, COUNT(*) AS n FROM registrations GROUP BY state`)
      .all()) {
      counts[state] = n;
    }
    return counts;
  }

  /** When the earliest waiting vehicle becomes due, or null if none waits. */
  nextRetryAt(): number | null {
    const row = this.db
      .prepare<[], { t: number | null }>(`SELECT MIN(next_attempt_at) AS t FROM registrations WHERE state = 'waiting-retry'`)
      .get();
    return row?.t ?? null;
  }

  list(q: VehicleQuery): { total: number; rows: VehicleRecord[] } {
    return listVehicles(this.db, q);
  }

  summary(now: number, expiringBefore: number): LedgerSummary {
    return ledgerSummary(this.db, now, expiringBefore);
  }

  history(vin: string, limit = 200): AttemptEntry[] {
    return this.db
      .prepare<[string, number], { at: number; event: string; http_status: number | null; message: string; detail: string | null }>(
        `SELECT at, event, http_status, message, detail FROM attempts WHERE vin = ? ORDER BY id DESC LIMIT ?`,
      )
      .all(vin, limit)
      .map((r) => ({ at: r.at, event: r.event, httpStatus: r.http_status, message: r.message, detail: r.detail ? JSON.parse(r.detail) : null }));
  }
}
