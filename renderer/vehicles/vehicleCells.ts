/** The text of each table cell, shared by the row and its accessible label. */
import type { VehicleView } from '../../preload/contract';
import { formatCount, formatDate } from '../shared/format';

const WEEK = 7 * 86_400_000;

export function registrationCell(v: VehicleView, now = Date.now()): { text: string; soon: boolean } {
  if (v.expiresAt && v.state === 'registered') {
    const soon = v.expiresAt - now < WEEK;
    return { text: `${v.registeredAt ? formatDate(v.registeredAt) : '—'} → ${formatDate(v.expiresAt)}`, soon };
  }
  return { text: v.registeredAt ? formatDate(v.registeredAt) : '—', soon: false };
}

export function lastMessage(v: VehicleView): string {
  const partner = v.lastError?.partnerErrors?.[0];
  if (partner) return partner.errorMessage;
  return v.lastError?.message ?? '';
}

export const mileageCell = (v: VehicleView) => formatCount(v.mileage);
