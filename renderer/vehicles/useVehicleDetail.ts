/** One vehicle with its history, fetched when opened and again when vehicles change. */
import { useCallback, useEffect, useState } from 'react';
import type { ReplyOf } from '../../preload/contract';
import { api, call } from '../shared/api';

export type VehicleDetailView = ReplyOf<'vehicles:detail'>;

export function useVehicleDetail(vin: string | null) {
  const [detail, setDetail] = useState<VehicleDetailView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (v: string, isLive: () => boolean) => {
    const reply = await call(() => api().vehicleDetail({ vin: v }));
    if (!isLive()) return;
    if (reply.ok) {
      setDetail(reply.data);
      setError(null);
    } else setError(reply.message);
  }, []);

  useEffect(() => {
    setDetail(null);
    setError(null);
    if (!vin) return;
    let live = true;
    void load(vin, () => live);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = api().onVehiclesChanged(() => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        void load(vin, () => live);
      }, 1_000);
    });
    return () => {
      live = false;
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [vin, load]);

  const reload = useCallback(() => {
    if (vin) void load(vin, () => true);
  }, [vin, load]);

  return { detail, error, reload };
}
