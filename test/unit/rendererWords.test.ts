/** The renderer's plain-English sentences and spreadsheet words, checked without a browser. */
import { describe, expect, it } from 'vitest';
import type { PreviewView, ProgressView } from '../../preload/contract.js';
import { columnLetter, describeColumn, problemColumn } from '../../renderer/import/columns.js';
import { summariseRun } from '../../renderer/progress/runSummary.js';
import { waitSentence } from '../../renderer/progress/waitSentence.js';
import { formatCount, formatDuration } from '../../renderer/shared/format.js';

const at = (h: number, m: number) => new Date(2026, 11, 3, h, m).getTime();
const now = at(14, 0);
const clock = (h: number, m: number) => new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(at(h, m));

describe('wait sentences', () => {
  it('says why work waits, with the local time', () => {
    expect(waitSentence({ kind: 'paused' }, now)).toBe('Paused');
    expect(waitSentence({ kind: 'no-network', retryAt: at(14, 32) }, now)).toBe(`No network — trying again at ${clock(14, 32)}`);
    expect(waitSentence({ kind: 'partner-hold', until: at(14, 32) }, now)).toBe(`The partner asked us to wait until ${clock(14, 32)}`);
    expect(waitSentence({ kind: 'outside-off-peak', opensAt: at(22, 0) }, now)).toBe(`Outside the off-peak window — opens at ${clock(22, 0)}`);
    expect(waitSentence({ kind: 'token-refused', message: '401' }, now)).toBe('The partner refused the token — check Settings');
    expect(waitSentence({ kind: 'retry-scheduled', at: at(9, 0) + 86_400_000 }, now)).toMatch(/tomorrow$/);
  });
});

describe('run summary', () => {
  const base: ProgressView = {
    status: 'running',
    concurrency: 5,
    counts: { queued: 90, registering: 5, registered: 3, rejected: 1, 'waiting-retry': 1, failed: 0 },
    run: { startedAt: 0, elapsedMs: 60_000, registered: 3, rejected: 1, failed: 0, requests: 9, maxInFlight: 5, perMinute: 4, etaMs: 1_500_000 },
    waitReason: null,
    timeline: [],
  };
  it('counts this run: done of done plus what is left', () => {
    expect(summariseRun(base)).toMatchObject({ done: 4, total: 100, remaining: 96, headline: 'Registering: 4 of 100 done' });
  });
  it('says finished when nothing is left', () => {
    const idle = { ...base, status: 'idle' as const, counts: { ...base.counts, queued: 0, registering: 0, 'waiting-retry': 0 } };
    expect(summariseRun(idle).headline).toBe('Finished: 3 registered, 1 rejected, 0 failed in 1 min');
  });
  it('says there is nothing yet on a new install', () => {
    const empty = { ...base, status: 'idle' as const, run: null, counts: { queued: 0, registering: 0, registered: 0, rejected: 0, 'waiting-retry': 0, failed: 0 } };
    expect(summariseRun(empty).headline).toBe('Nothing to register yet');
  });
});

describe('spreadsheet words', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
  it('finds the column a problem points at, by field, header or letter', () => {
    const p = { headers: ['Stock #', 'VIN', 'Miles'], mapping: { vin: 1, mileage: 2, stockNumber: 0, year: null, make: null, model: null } } as unknown as PreviewView;
    expect(problemColumn(p, { row: 3, field: 'mileage', reason: 'x' })).toBe(2);
    expect(problemColumn(p, { row: 3, column: 'vin', reason: 'x' })).toBe(1);
    expect(problemColumn(p, { row: 3, column: 'A', reason: 'x' })).toBe(0);
    expect(describeColumn(p, { row: 3, field: 'mileage', reason: 'x' })).toBe('Miles (C)');
  });
  it('formats counts and durations the way people say them', () => {
    expect(formatCount(9_938)).toBe(new Intl.NumberFormat().format(9_938));
    expect(formatDuration(4_000)).toBe('a few seconds');
    expect(formatDuration(4 * 60_000)).toBe('4 min');
    expect(formatDuration(80 * 60_000)).toBe('1 h 20 min');
  });
});
