/**
 * The last start price and plan list fetched per vehicle and location. They answer at
 * once while the live request runs, and stand in (marked as not current) when the
 * partner cannot be reached. Prices can change without notice: never binding.
 */
import type { Ledger } from '../ledger/ledger.js';
import type { Plan } from '../partner/wire.js';

export type QuoteKind = 'start-price' | 'plans';

export interface StoredQuote<T> {
  value: T;
  location: string;
  mileage: number;
  fetchedAt: number;
}

export interface StartPrice {
  startPrice: number;
  currency: string;
}

export const locationKey = (loc: { zip?: string; stateShortName?: string }) => (loc.zip ? `zip:${loc.zip}` : `state:${loc.stateShortName ?? ''}`);

export class QuoteStore {
  constructor(private readonly ledger: Ledger) {}

  put(vin: string, kind: 'start-price', location: string, mileage: number, value: StartPrice, at: number): void;
  put(vin: string, kind: 'plans', location: string, mileage: number, value: Plan[], at: number): void;
  put(vin: string, kind: QuoteKind, location: string, mileage: number, value: unknown, at: number): void {
    this.ledger.db
      .prepare(
        `INSERT INTO quotes (vin, kind, location, mileage, payload, fetched_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(vin, kind, location) DO UPDATE SET mileage = excluded.mileage, payload = excluded.payload, fetched_at = excluded.fetched_at`,
      )
      .run(vin, kind, location, mileage, JSON.stringify(value), at);
  }

  /** The newest for this location; failing that, the newest anywhere (its location says which). */
  get(vin: string, kind: 'start-price', location: string): StoredQuote<StartPrice> | null;
  get(vin: string, kind: 'plans', location: string): StoredQuote<Plan[]> | null;
  get(vin: string, kind: QuoteKind, location: string): StoredQuote<unknown> | null {
    const row = this.ledger.db
      .prepare<[string, string, string], { location: string; mileage: number; payload: string; fetched_at: number }>(
        `SELECT location, mileage, payload, fetched_at FROM quotes WHERE vin = ? AND kind = ?
         ORDER BY (location = ?) DESC, fetched_at DESC LIMIT 1`,
      )
      .get(vin, kind, location);
    return row ? { value: JSON.parse(row.payload), location: row.location, mileage: row.mileage, fetchedAt: row.fetched_at } : null;
  }
}
