import { describe, expect, it } from 'vitest';
import { MILEAGE_DRIFT_LIMIT, REGISTRATION_TTL_MS } from '../../main/core/partner/wire.js';
import { VehicleCache } from '../../main/core/sandbox/vehicleCache.js';

function setup(durationMs = 100) {
  const clocks = { now: 1_000_000, elapsed: 0 };
  const cache = new VehicleCache({ now: () => clocks.now, elapsed: () => clocks.elapsed, durationFor: () => durationMs });
  return { cache, clocks };
}

describe('sandbox vehicle cache', () => {
  it('runs a job: 202 on the first post, 200 while running, then ready exactly once', () => {
    const { cache, clocks } = setup();
    expect(cache.progress('V1', 100, 'exact')).toEqual({ state: 'working', firstPost: true });
    clocks.elapsed = 99;
    expect(cache.progress('V1', 100, 'exact')).toEqual({ state: 'working', firstPost: false });
    clocks.elapsed = 100;
    expect(cache.progress('V1', 100, 'exact')).toMatchObject({ state: 'ready', completedNow: true, entry: { mileage: 100 } });
    expect(cache.progress('V1', 100, 'exact')).toMatchObject({ state: 'ready', completedNow: false });
    expect(cache.runningJobs()).toBe(0);
    expect(cache.registeredVinCount()).toBe(1);
  });

  it('finishes at once when the duration is 0', () => {
    const { cache } = setup(0);
    expect(cache.progress('V1', 100, 'near')).toMatchObject({ state: 'ready', completedNow: true });
  });

  it('matches exactly for registrations and within the drift limit (strictly) for searches', () => {
    const { cache } = setup(0);
    cache.progress('V1', 50_000, 'exact');
    expect(cache.find('V1', 50_001, 'exact')).toBeUndefined();
    expect(cache.find('V1', 50_000 + MILEAGE_DRIFT_LIMIT - 1, 'near')?.mileage).toBe(50_000);
    expect(cache.find('V1', 50_000 - MILEAGE_DRIFT_LIMIT + 1, 'near')?.mileage).toBe(50_000);
    expect(cache.find('V1', 50_000 + MILEAGE_DRIFT_LIMIT, 'near')).toBeUndefined();
    expect(cache.find('V1', 50_000 - MILEAGE_DRIFT_LIMIT, 'near')).toBeUndefined();
  });

  it('serves the nearest of several registrations of one VIN', () => {
    const { cache } = setup(0);
    cache.progress('V1', 10_000, 'exact');
    cache.progress('V1', 13_000, 'exact');
    expect(cache.find('V1', 12_000, 'near')?.mileage).toBe(13_000);
    expect(cache.registeredVinCount()).toBe(1);
  });

  it('expires entries after 30 days on the injected clock', () => {
    const { cache, clocks } = setup(0);
    const start = clocks.now;
    cache.progress('V1', 100, 'exact');
    clocks.now = start + REGISTRATION_TTL_MS - 1;
    expect(cache.find('V1', 100, 'near')).toBeDefined();
    clocks.now = start + REGISTRATION_TTL_MS;
    expect(cache.registeredVinCount()).toBe(0);
    expect(cache.find('V1', 100, 'near')).toBeUndefined();
  });

  it('cleans every entry and job of a VIN and says whether there was any', () => {
    const { cache } = setup();
    cache.progress('V1', 100, 'exact'); // a running job
    cache.progress('V2', 100, 'exact');
    expect(cache.clean('V1')).toBe(true);
    expect(cache.clean('V1')).toBe(false);
    expect(cache.runningJobs()).toBe(1);
    expect(cache.progress('V1', 100, 'exact')).toEqual({ state: 'working', firstPost: true });
    cache.clear();
    expect(cache.runningJobs()).toBe(0);
  });
});
