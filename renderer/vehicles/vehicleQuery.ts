/** What the Vehicles screen asks for: search, filter and order, in the contract's words. */
import type { RequestOf, VehicleView } from '../../preload/contract';
import { api } from '../shared/api';

type ListRequest = RequestOf<'vehicles:list'>;
export type VehicleFilter = NonNullable<ListRequest['filter']>;
export type VehicleSort = NonNullable<ListRequest['sort']>;

export interface VehicleQuery {
  search: string;
  filter: VehicleFilter;
  sort: VehicleSort;
}

export const FILTERS: Array<{ value: VehicleFilter; label: string }> = [
  { value: 'all', label: 'All vehicles' },
  { value: 'registered', label: 'Registered' },
  { value: 'registering', label: 'Registering' },
  { value: 'queued', label: 'Queued' },
  { value: 'waiting-retry', label: 'Waiting to retry' },
  { value: 'failed', label: 'Failed' },
  { value: 'rejected', label: 'Rejected by partner' },
  { value: 'expiring', label: 'Expiring within 7 days' },
];

export const SORTS: Array<{ value: VehicleSort; label: string }> = [
  { value: 'updated', label: 'Recently changed' },
  { value: 'vin', label: 'VIN' },
  { value: 'stock', label: 'Stock number' },
  { value: 'state', label: 'State' },
  { value: 'expires', label: 'Expiry date' },
];

export const PAGE_SIZE = 200;

export function listPage(q: VehicleQuery, offset: number, limit = PAGE_SIZE) {
  const search = q.search.trim();
  return api().listVehicles({ filter: q.filter, sort: q.sort, offset, limit, ...(search ? { search: search.slice(0, 64) } : {}) });
}

export function vehicleTitle(v: VehicleView): string {
  return [v.year, v.make, v.model].filter(Boolean).join(' ');
}
