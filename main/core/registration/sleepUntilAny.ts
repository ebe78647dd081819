/**
 * Waits for the first of some promises or a point in time, then cancels the timer,
 * so the loop leaves no stray timeouts behind (tests check nothing keeps running).
 */
import type { Clock } from '../shared/clock.js';

export async function sleepUntilAny(clock: Clock, promises: Promise<unknown>[], at: number | null): Promise<void> {
  const timer = new AbortController();
  const waits: Promise<unknown>[] = promises.map((p) => p.catch(() => undefined));
  if (at !== null) waits.push(clock.sleep(Math.max(0, at - clock.now()), timer.signal).catch(() => undefined));
  try {
    await Promise.race(waits);
  } finally {
    timer.abort();
  }
}
