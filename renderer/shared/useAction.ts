/**
 * Runs one user action against the API: tracks "busy" so the button can't be pressed
 * twice, and keeps the failure message so it can be shown next to that button.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../preload/contract';
import { call } from './api';

export interface Action<A extends unknown[], T> {
  run(...args: A): Promise<Result<T>>;
  busy: boolean;
  error: string | null;
  clearError(): void;
}

export function useAction<A extends unknown[], T>(request: (...args: A) => Promise<Result<T>>): Action<A, T> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(request);
  useEffect(() => {
    latest.current = request;
  });

  const run = useCallback(async (...args: A) => {
    setBusy(true);
    setError(null);
    const reply = await call(() => latest.current(...args));
    setBusy(false);
    if (!reply.ok) setError(reply.message);
    return reply;
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
