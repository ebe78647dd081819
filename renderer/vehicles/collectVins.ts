/** Every VIN matching the current search and filter, for "select all": fetched in pages of 1,000. */
import type { Result } from '../../preload/contract';
import { call } from '../shared/api';
import { listPage, type VehicleQuery } from './vehicleQuery';

export const MAX_SELECTION = 100_000;

export async function collectVins(q: VehicleQuery, onProgress?: (n: number) => void): Promise<Result<string[]>> {
  const vins: string[] = [];
  for (let offset = 0; offset < MAX_SELECTION; offset += 1_000) {
    const reply = await call(() => listPage(q, offset, 1_000));
    if (!reply.ok) return reply;
    for (const r of reply.data.rows) vins.push(r.vin);
    onProgress?.(vins.length);
    if (reply.data.rows.length < 1_000 || vins.length >= reply.data.total) break;
  }
  return { ok: true, data: vins.slice(0, MAX_SELECTION) };
}
