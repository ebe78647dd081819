/**
 * The partner's memory of vehicles, as the sandbox keeps it:
 * - finished registrations, keyed by VIN + mileage, fresh for 30 days (doc), on the injected
 *   clock `now` so tests can jump a month;
 * - running registration jobs, keyed the same way, timed on a monotonic clock `elapsed` (real
 *   milliseconds) so a test with a frozen `now` still sees jobs finish.
 * No timers: a job finishes when a poll arrives after its time is up, which is all a client
 * can observe anyway, and leaves nothing to clean up on close.
 */
import { MILEAGE_DRIFT_LIMIT, REGISTRATION_TTL_MS } from '../partner/wire.js';

export interface CacheEntry {
  vin: string;
  mileage: number;
  registeredAt: number;
  expiresAt: number;
}

export type Progress =
  /** `completedNow`: this very call finished a job (count it once). */
  | { state: 'ready'; entry: CacheEntry; completedNow: boolean }
  /** `firstPost`: this call started the job (answer 202; later polls answer 200). */
  | { state: 'working'; firstPost: boolean };

/** 'exact': registration, the cache key itself. 'near': searches, within the drift limit. */
export type CacheMatch = 'exact' | 'near';

interface Job {
  startedAt: number;
  durationMs: number;
}

export interface VehicleCacheOptions {
  now: () => number;
  elapsed: () => number;
  /** How long a new job for this VIN takes; read when the job starts. */
  durationFor: (vin: string) => number;
  /** Told after every change to the finished registrations (to persist them). */
  onChange?: () => void;
}

export class VehicleCache {
  /** VIN -> mileage -> entry. */
  private readonly entries = new Map<string, Map<number, CacheEntry>>();
  /** "VIN|mileage" -> job. */
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly opts: VehicleCacheOptions) {}

  /** The fresh entry serving this request, dropping expired ones on the way. */
  find(vin: string, mileage: number, match: CacheMatch): CacheEntry | undefined {
    const byMileage = this.entries.get(vin);
    if (!byMileage) return undefined;
    const now = this.opts.now();
    let best: CacheEntry | undefined;
    for (const entry of [...byMileage.values()]) {
      if (entry.expiresAt <= now) {
        byMileage.delete(entry.mileage);
        continue;
      }
      const moved = Math.abs(entry.mileage - mileage);
      const serves = match === 'exact' ? moved === 0 : moved < MILEAGE_DRIFT_LIMIT;
      if (serves && (!best || moved < Math.abs(best.mileage - mileage))) best = entry;
    }
    if (byMileage.size === 0) this.entries.delete(vin);
    return best;
  }

  /** One POST's worth of progress: serve from the cache, or start / poll / finish the job. */
  progress(vin: string, mileage: number, match: CacheMatch): Progress {
    const cached = this.find(vin, mileage, match);
    if (cached) return { state: 'ready', entry: cached, completedNow: false };
    const key = `${vin}|${mileage}`;
    const job = this.jobs.get(key);
    if (!job) {
      const durationMs = Math.max(0, this.opts.durationFor(vin));
      if (durationMs === 0) return { state: 'ready', entry: this.store(vin, mileage), completedNow: true };
      this.jobs.set(key, { startedAt: this.opts.elapsed(), durationMs });
      return { state: 'working', firstPost: true };
    }
    if (this.opts.elapsed() - job.startedAt < job.durationMs) return { state: 'working', firstPost: false };
    this.jobs.delete(key);
    return { state: 'ready', entry: this.store(vin, mileage), completedNow: true };
  }

  /** CleanVehicleCache: every entry and running job for the VIN; true when there was any. */
  clean(vin: string): boolean {
    let cleared = this.entries.delete(vin);
    for (const key of [...this.jobs.keys()]) {
      if (key.startsWith(`${vin}|`)) cleared = this.jobs.delete(key) || cleared;
    }
    if (cleared) this.opts.onChange?.();
    return cleared;
  }

  /** Distinct VINs with at least one fresh registration. */
  registeredVinCount(): number {
    const now = this.opts.now();
    let count = 0;
    for (const byMileage of this.entries.values()) {
      if ([...byMileage.values()].some((e) => e.expiresAt > now)) count++;
    }
    return count;
  }

  runningJobs(): number {
    return this.jobs.size;
  }

  clear(): void {
    this.entries.clear();
    this.jobs.clear();
    this.opts.onChange?.();
  }

  /** Every finished registration still fresh, for persisting. */
  snapshot(): CacheEntry[] {
    const now = this.opts.now();
    return [...this.entries.values()].flatMap((m) => [...m.values()]).filter((e) => e.expiresAt > now);
  }

  restore(entries: readonly CacheEntry[]): void {
    for (const e of entries) {
      let byMileage = this.entries.get(e.vin);
      if (!byMileage) this.entries.set(e.vin, (byMileage = new Map()));
      byMileage.set(e.mileage, { ...e });
    }
  }

  private store(vin: string, mileage: number): CacheEntry {
    const registeredAt = this.opts.now();
    const entry = { vin, mileage, registeredAt, expiresAt: registeredAt + REGISTRATION_TTL_MS };
    let byMileage = this.entries.get(vin);
    if (!byMileage) this.entries.set(vin, (byMileage = new Map()));
    byMileage.set(mileage, entry);
    this.opts.onChange?.();
    return entry;
  }
}
