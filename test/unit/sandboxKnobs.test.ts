import { describe, expect, it } from 'vitest';
import { FaultInjector } from '../../main/core/sandbox/faultInjector.js';
import { applyKnobs, DEFAULT_KNOBS, registrationMsFor } from '../../main/core/sandbox/knobs.js';
import { StatsCounter } from '../../main/core/sandbox/sandboxStats.js';
import { parseStandaloneArgs } from '../../main/core/sandbox/standaloneArgs.js';
import { InputError } from '../../main/core/shared/errors.js';

describe('sandbox knobs', () => {
  it('defaults to realistic registrations and no faults', () => {
    expect(DEFAULT_KNOBS).toMatchObject({ registrationMs: [2_000, 4_000], latencyMs: 0, errorRate: 0, hangRate: 0 });
  });

  it('applies a valid patch and names every bad knob', () => {
    expect(applyKnobs(DEFAULT_KNOBS, { errorRate: 0.25, registrationMs: [10, 20] })).toMatchObject({ errorRate: 0.25, registrationMs: [10, 20] });
    const attempt = () => applyKnobs(DEFAULT_KNOBS, { errorRate: 1.5, latencyMs: -1, retryAfterS: 0.5, registrationMs: [30, 10], nope: 1 });
    expect(attempt).toThrow(InputError);
    for (const knob of ['errorRate', 'latencyMs', 'retryAfterS', 'registrationMs', 'nope']) expect(attempt).toThrow(knob);
  });

  it('picks a registration time per VIN inside the range, the same each time', () => {
    const knobs = applyKnobs(DEFAULT_KNOBS, {});
    const times = ['A', 'B', 'C', 'D', 'E', 'F'].map((vin) => registrationMsFor(knobs, 1, vin));
    expect(times.every((t) => t >= 2_000 && t <= 4_000)).toBe(true);
    expect(new Set(times).size).toBeGreaterThan(1);
    expect(registrationMsFor(knobs, 1, 'A')).toBe(times[0]);
    expect(registrationMsFor({ ...knobs, registrationMs: 75 }, 1, 'A')).toBe(75);
  });
});

describe('sandbox fault injector', () => {
  const kinds = (injector: FaultInjector, knobs = DEFAULT_KNOBS, n = 50) => Array.from({ length: n }, () => injector.decide(knobs).kind);

  it('never faults at rate 0 and always at rate 1, in order of severity', () => {
    expect(new Set(kinds(new FaultInjector(1)))).toEqual(new Set(['none']));
    const all = { ...DEFAULT_KNOBS, resetRate: 1, hangRate: 1, throttleRate: 1, errorRate: 1 };
    expect(new Set(kinds(new FaultInjector(1), all))).toEqual(new Set(['reset']));
    expect(new Set(kinds(new FaultInjector(1), { ...all, resetRate: 0 }))).toEqual(new Set(['hang']));
    const throttle = new FaultInjector(1).decide({ ...DEFAULT_KNOBS, throttleRate: 1, retryAfterS: 9 });
    expect(throttle).toMatchObject({ kind: 'throttle', reply: { status: 429, headers: { 'Retry-After': '9' } } });
  });

  it('repeats the same faults for the same seed, and restarts on demand', () => {
    const knobs = { ...DEFAULT_KNOBS, errorRate: 0.3, throttleRate: 0.2 };
    const a = new FaultInjector(5);
    const first = kinds(a, knobs);
    expect(kinds(new FaultInjector(5), knobs)).toEqual(first);
    expect(kinds(new FaultInjector(6), knobs)).not.toEqual(first);
    a.restart();
    expect(kinds(a, knobs)).toEqual(first);
    // 1 - 0.7 * 0.8 = 0.44 of requests fault, over a long enough run.
    const long = kinds(new FaultInjector(5), knobs, 2_000);
    const share = long.filter((k) => k !== 'none').length / long.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.48);
  });
});

describe('sandbox stats counter', () => {
  it('tracks in-flight requests and their peak; ending twice counts once', () => {
    const stats = new StatsCounter();
    const ends = [stats.opened('register'), stats.opened('register'), stats.opened('other')];
    ends[0]?.();
    ends[0]?.();
    expect(stats.snapshot(0)).toMatchObject({ inFlight: 2, maxInFlight: 3, requests: { register: 2, other: 1 } });
    stats.reset();
    expect(stats.snapshot(0)).toMatchObject({ inFlight: 2, maxInFlight: 2, requests: { register: 0 } });
  });
});

describe('standalone sandbox flags', () => {
  it('parses every flag', () => {
    const parsed = parseStandaloneArgs([
      '--port', '4010', '--registration-ms', '100-300', '--latency-ms', '20', '--error-rate', '0.1',
      '--throttle-rate', '0.2', '--retry-after', '3', '--reset-rate', '0.05', '--hang-rate', '0', '--seed', '9',
    ]);
    expect(parsed).toEqual({
      ok: true,
      help: false,
      options: {
        port: 4010, registrationMs: [100, 300], latencyMs: 20, errorRate: 0.1, throttleRate: 0.2,
        retryAfterS: 3, resetRate: 0.05, hangRate: 0, seed: 9,
      },
    });
    expect(parseStandaloneArgs(['--registration-ms', '50'])).toMatchObject({ ok: true, options: { registrationMs: 50 } });
  });

  it.each([
    [['--error-rate', '1.5'], /--error-rate must be from 0 to 1/],
    [['--hang-rate', 'often'], /--hang-rate must be a number/],
    [['--latency-ms=-5'], /--latency-ms must be 0 or more/],
    [['--port', '70000'], /--port must be from 0 to 65535/],
    [['--retry-after', '1.5'], /--retry-after must be a whole number/],
    [['--registration-ms', '300-100'], /MIN <= MAX/],
    [['--bogus'], /bogus/],
    [['--port'], /argument missing/],
  ])('refuses %j with a clear message', (argv, message) => {
    const parsed = parseStandaloneArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
