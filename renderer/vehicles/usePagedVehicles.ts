/**
 * Rows for the virtual table, fetched a page at a time as they scroll into view: the
 * window never holds more than the pages the user has looked at, whatever the total.
 * When main says vehicles changed, the pages on screen are fetched again (at most once a
 * second) and shown when they arrive, so the table never flickers empty.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VehicleView } from '../../preload/contract';
import { api, call } from '../shared/api';
import { listPage, PAGE_SIZE, type VehicleQuery } from './vehicleQuery';

const REFRESH_MS = 1_000;
/** Pages are asked for once the view has rested this long, so a fast fling doesn't query every page it flies past. */
const SETTLE_MS = 60;
const KEEP_PAGES = 40;

export function usePagedVehicles(query: VehicleQuery) {
  const pages = useRef(new Map<number, VehicleView[]>());
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const visible = useRef<[number, number]>([0, 0]);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);

  const fetchPage = useCallback(
    async (page: number) => {
      if (loading.current.has(page)) return;
      loading.current.add(page);
      const gen = generation.current;
      const reply = await call(() => listPage(query, page * PAGE_SIZE));
      if (gen !== generation.current) return;
      loading.current.delete(page);
      if (!reply.ok) {
        setError(reply.message);
        return;
      }
      setError(null);
      pages.current.set(page, reply.data.rows);
      if (pages.current.size > KEEP_PAGES) {
        const [first, last] = visible.current.map((i) => Math.floor(i / PAGE_SIZE)) as [number, number];
        for (const p of pages.current.keys()) if (p < first - 5 || p > last + 5) pages.current.delete(p);
      }
      setTotal(reply.data.total);
      bump();
    },
    [query, bump],
  );

  // A new search, filter or order starts from an empty cache.
  useEffect(() => {
    generation.current++;
    pages.current.clear();
    loading.current.clear();
    setTotal(null);
    void fetchPage(0);
  }, [fetchPage]);

  const settle = useRef<ReturnType<typeof setTimeout> | null>(null);
  const ensureRange = useCallback(
    (start: number, end: number) => {
      visible.current = [start, end];
      if (settle.current) clearTimeout(settle.current);
      settle.current = setTimeout(() => {
        settle.current = null;
        const [s, e] = visible.current;
        for (let p = Math.floor(s / PAGE_SIZE); p <= Math.floor(e / PAGE_SIZE); p++) {
          if (!pages.current.has(p)) void fetchPage(p);
        }
      }, SETTLE_MS);
    },
    [fetchPage],
  );
  useEffect(
    () => () => {
      if (settle.current) clearTimeout(settle.current);
    },
    [],
  );

  const refreshVisible = useCallback(() => {
    const [start, end] = visible.current;
    for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(end / PAGE_SIZE); p++) void fetchPage(p);
    // Pages off screen are dropped: they are fetched fresh when scrolled back to.
    for (const p of [...pages.current.keys()]) if (p < Math.floor(start / PAGE_SIZE) || p > Math.floor(end / PAGE_SIZE)) pages.current.delete(p);
  }, [fetchPage]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    const unsubscribe = api().onVehiclesChanged(() => {
      if (timer) return;
      const wait = Math.max(0, last + REFRESH_MS - Date.now());
      timer = setTimeout(() => {
        timer = null;
        last = Date.now();
        refreshVisible();
      }, wait);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [refreshVisible]);

  const rowAt = useCallback((index: number): VehicleView | undefined => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);

  return { total, error, rowAt, ensureRange, refresh: refreshVisible };
}
