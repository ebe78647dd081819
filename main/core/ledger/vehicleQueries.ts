/**
 * Read-only questions the screens and `status` ask of the ledger: one page of
 * vehicles at a time (the table is virtualized over 100,000 rows), and a summary.
 */
import type { Db } from './openDatabase.js';
import { toVehicleRecord, VEHICLE_COLUMNS, type VehicleRow } from './rowMapping.js';
import { emptyCounts, type RegistrationState, type StateCounts, type VehicleRecord } from '../shared/domain.js';

export type VehicleFilter = 'all' | RegistrationState | 'expiring';
export type VehicleSort = 'updated' | 'vin' | 'stock' | 'state' | 'expires';

export interface VehicleQuery {
  search?: string;
  filter?: VehicleFilter;
  offset?: number;
  limit?: number;
  sort?: VehicleSort;
  /** "Expiring" means registered and expiring before this instant. */
  expiringBefore?: number;
  now?: number;
}

const ORDER: Record<VehicleSort, string> = {
  updated: 'r.updated_at DESC, v.vin',
  vin: 'v.vin',
  stock: 'v.stock_number IS NULL, v.stock_number, v.vin',
  state: 'r.state, v.vin',
  expires: 'r.expires_at IS NULL, r.expires_at, v.vin',
};

function whereClause(q: VehicleQuery): { sql: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  const search = q.search?.trim().toUpperCase();
  if (search) {
    // A VIN prefix or suffix (people read the last 6 or 8 off the windscreen), or a stock number.
    parts.push(
      `(v.vin LIKE @prefix ESCAPE '\\' OR v.vin LIKE @suffix ESCAPE '\\' OR UPPER(v.stock_number) LIKE @prefix ESCAPE '\\')`,
    );
    const escaped = search.replace(/[\\%_]/g, (c) => `\\${c}`);
    params.prefix = `${escaped}%`;
    params.suffix = `%${escaped}`;
  }
  const filter = q.filter ?? 'all';
  if (filter === 'expiring') {
    parts.push(`r.state = 'registered' AND r.expires_at <= @expiringBefore AND r.expires_at > @now`);
    params.expiringBefore = q.expiringBefore ?? 0;
    params.now = q.now ?? 0;
  } else if (filter !== 'all') {
    parts.push('r.state = @state');
    params.state = filter;
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export function listVehicles(db: Db, q: VehicleQuery): { total: number; rows: VehicleRecord[] } {
  const { sql, params } = whereClause(q);
  const from = `FROM vehicles v JOIN registrations r ON r.vin = v.vin ${sql}`;
  const total = (db.prepare(`SELECT COUNT(*) AS n ${from}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT ${VEHICLE_COLUMNS} ${from} ORDER BY ${ORDER[q.sort ?? 'updated']} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit ?? 200, offset: q.offset ?? 0 }) as VehicleRow[];
  return { total, rows: rows.map(toVehicleRecord) };
}

export interface LedgerSummary {
  total: number;
  counts: StateCounts;
  expiringSoon: number;
  lastImport: { file: string; at: number } | null;
  problems: Array<{ vin: string; state: RegistrationState; message: string }>;
}

export function ledgerSummary(db: Db, now: number, expiringBefore: number, problemLimit = 20): LedgerSummary {
  const counts = emptyCounts();
  for (const r of db.prepare(`SELECT state, COUNT(*) AS n FROM registrations GROUP BY state`).all() as Array<{ state: RegistrationState; n: number }>) {
    counts[r.state] = r.n;
  }
  const expiringSoon = (
    db
      .prepare(`SELECT COUNT(*) AS n FROM registrations WHERE state = 'registered' AND expires_at > ? AND expires_at <= ?`)
      .get(now, expiringBefore) as { n: number }
  ).n;
  const lastImport = (db.prepare(`SELECT file, at FROM imports ORDER BY id DESC LIMIT 1`).get() as { file: string; at: number } | undefined) ?? null;
  const problems = (
    db
      .prepare(
        `SELECT vin, state, last_error FROM registrations WHERE state IN ('rejected','failed') ORDER BY updated_at DESC LIMIT ?`,
      )
      .all(problemLimit) as Array<{ vin: string; state: RegistrationState; last_error: string | null }>
  ).map((r) => ({ vin: r.vin, state: r.state, message: r.last_error ? (JSON.parse(r.last_error) as { message: string }).message : '' }));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { total, counts, expiringSoon, lastImport, problems };
}
