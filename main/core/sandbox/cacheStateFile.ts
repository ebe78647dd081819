/**
 * The embedded sandbox remembers its registrations in the data folder, as the real
 * partner would between two runs of the app; otherwise every restart would make
 * registered vehicles look unknown to the quick quote. Writes are batched and atomic.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createLogger } from '../shared/logger.js';
import type { CacheEntry } from './vehicleCache.js';

const log = createLogger('sandbox');

export function loadCacheEntries(file: string): CacheEntry[] {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { entries?: CacheEntry[] };
    return (parsed.entries ?? []).filter(
      (e) => typeof e.vin === 'string' && Number.isFinite(e.mileage) && Number.isFinite(e.registeredAt) && Number.isFinite(e.expiresAt),
    );
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') log.warn('sandbox cache file unreadable; starting empty', { error: String(err) });
    return [];
  }
}

/** Saves at most once per `delayMs`; `flush()` writes now (on close). */
export function createCacheWriter(file: string, snapshot: () => CacheEntry[], delayMs = 500) {
  let timer: NodeJS.Timeout | null = null;
  const write = () => {
    timer = null;
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ entries: snapshot() }));
    renameSync(tmp, file);
  };
  return {
    changed() {
      timer ??= setTimeout(write, delayMs);
    },
    flush() {
      if (timer) {
        clearTimeout(timer);
        write();
      }
    },
  };
}
