/** Converts ledger rows (snake_case, JSON text) to domain records. */
import type { RegistrationProblem, RegistrationState, VehicleRecord } from '../shared/domain.js';

export interface VehicleRow {
  vin: string;
  mileage: number;
  stock_number: string | null;
  year: string | null;
  make: string | null;
  model: string | null;
  source_file: string | null;
  source_row: number | null;
  state: RegistrationState;
  registered_mileage: number | null;
  registered_at: number | null;
  expires_at: number | null;
  attempts: number;
  next_attempt_at: number | null;
  last_error: string | null;
  updated_at: number;
}

export const VEHICLE_COLUMNS = `v.vin, v.mileage, v.stock_number, v.year, v.make, v.model, v.source_file, v.source_row,
  r.state, r.registered_mileage, r.registered_at, r.expires_at, r.attempts, r.next_attempt_at, r.last_error, r.updated_at`;

export function toVehicleRecord(row: VehicleRow): VehicleRecord {
  return {
    vin: row.vin,
    mileage: row.mileage,
    ...(row.stock_number != null ? { stockNumber: row.stock_number } : {}),
    ...(row.year != null ? { year: row.year } : {}),
    ...(row.make != null ? { make: row.make } : {}),
    ...(row.model != null ? { model: row.model } : {}),
    ...(row.source_file != null ? { source: { file: row.source_file, row: row.source_row ?? 0 } } : {}),
    state: row.state,
    registeredMileage: row.registered_mileage,
    registeredAt: row.registered_at,
    expiresAt: row.expires_at,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error ? (JSON.parse(row.last_error) as RegistrationProblem) : null,
    updatedAt: row.updated_at,
  };
}
