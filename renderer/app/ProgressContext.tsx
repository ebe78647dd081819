/**
 * One subscription to registration progress for the whole window: the nav badge, the
 * Progress screen and the network indicator all read the same, coalesced feed.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ProgressView } from '../../preload/contract';
import { api, call } from '../shared/api';

interface ProgressState {
  progress: ProgressView | null;
  error: string | null;
  /** Replace the shown progress with a reply from an action (pause, resume...). */
  accept(p: ProgressView): void;
}

const Ctx = createContext<ProgressState | null>(null);

export function ProgressProvider({ children }: { children: ReactNode }) {
  const [progress, setProgress] = useState<ProgressView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const unsubscribe = api().onProgress((p) => {
      if (live) setProgress(p);
    });
    void call(() => api().progress()).then((r) => {
      if (!live) return;
      if (r.ok) setProgress((current) => current ?? r.data);
      else setError(r.message);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  return <Ctx.Provider value={{ progress, error, accept: setProgress }}>{children}</Ctx.Provider>;
}

export function useProgress(): ProgressState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useProgress outside ProgressProvider');
  return v;
}
