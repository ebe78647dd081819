import { describe, expect, it } from 'vitest';
import { fullJitterDelay, pollDelay, retryDelay, type BackoffPolicy } from '../../main/core/registration/backoff.js';
import { isOffPeak, nextOffPeakStart } from '../../main/core/registration/offPeakWindow.js';

const policy: BackoffPolicy = { baseMs: 1_000, capMs: 30_000, maxAttempts: 6 };

describe('full-jitter backoff', () => {
  it('draws uniformly below base * 2^(attempt-1), capped', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((a) => fullJitterDelay(a, policy, () => 0.999999))).toEqual([999, 1_999, 3_999, 7_999, 15_999, 29_999, 29_999]);
    expect(fullJitterDelay(4, policy, () => 0)).toBe(0);
    expect(fullJitterDelay(3, policy, () => 0.5)).toBe(2_000);
  });

  it('never comes back before Retry-After, even when the jitter is smaller', () => {
    expect(retryDelay(1, policy, () => 0.1, 5_000)).toBe(5_000);
    expect(retryDelay(6, policy, () => 0.9, 5_000)).toBe(27_000);
    expect(retryDelay(2, policy, () => 0.5)).toBe(1_000);
  });

  it('spreads a crowd of retries instead of sending them in a wave', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const delays = Array.from({ length: 1_000 }, () => fullJitterDelay(5, policy, random));
    const buckets = [0, 0, 0, 0];
    for (const d of delays) buckets[Math.min(3, Math.floor(d / 4_000))]!++;
    for (const b of buckets) expect(b).toBeGreaterThan(200);
  });

  it('polls every 1 to 2 seconds', () => {
    expect(pollDelay(() => 0)).toBe(1_000);
    expect(pollDelay(() => 0.999)).toBe(1_999);
  });
});

describe('off-peak window', () => {
  const at = (h: number, m = 0) => new Date(2026, 11, 3, h, m).getTime();
  const night = { start: '22:00', end: '06:00' };

  it('knows a window that crosses midnight', () => {
    expect(isOffPeak(at(23), night)).toBe(true);
    expect(isOffPeak(at(5, 59), night)).toBe(true);
    expect(isOffPeak(at(6), night)).toBe(false);
    expect(isOffPeak(at(14), night)).toBe(false);
  });

  it('gives the next opening, today or tomorrow', () => {
    expect(nextOffPeakStart(at(14), night)).toBe(at(22));
    expect(nextOffPeakStart(at(23, 30), night)).toBe(at(23, 30));
    const lunch = { start: '12:00', end: '13:00' };
    expect(nextOffPeakStart(at(14), lunch)).toBe(new Date(2026, 11, 4, 12, 0).getTime());
  });
});
