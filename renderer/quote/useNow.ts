import { useEffect, useState } from 'react';

/** The time, refreshed every `everyMs`: elapsed seconds while a quote runs, ages ("3 min ago") otherwise. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  return now;
}
