/**
 * The standalone sandbox's command line, parsed and checked apart from the process glue so
 * the rules can be unit-tested. Each bad flag gets a message naming it and what it needs.
 */
import { parseArgs } from 'node:util';
import type { SandboxOptions } from './sandboxServer.js';

export const USAGE = `Usage: npm run sandbox -- [--port N] [--registration-ms MS|MIN-MAX] [--latency-ms MS]
       [--error-rate R] [--throttle-rate R] [--retry-after S] [--reset-rate R] [--hang-rate R] [--seed N]
Rates are shares of requests from 0 to 1; times are milliseconds, Retry-After whole seconds.`;

export type ParsedArgs = { ok: true; help: boolean; options: SandboxOptions } | { ok: false; message: string };

class FlagError extends Error {}

function number(flag: string, raw: string, rule: { integer?: boolean; max?: number } = {}): number {
  const value = raw.trim() === '' ? Number.NaN : Number(raw);
  const kind = rule.integer ? 'a whole number' : 'a number';
  if (!Number.isFinite(value) || (rule.integer && !Number.isInteger(value))) {
    throw new FlagError(`--${flag} must be ${kind}, got "${raw}".`);
  }
  if (rule.max !== undefined && (value < 0 || value > rule.max)) {
    throw new FlagError(`--${flag} must be from 0 to ${rule.max}, got ${raw}.`);
  }
  if (value < 0) throw new FlagError(`--${flag} must be 0 or more, got ${raw}.`);
  return value;
}

/** "3000" or "2000-4000" (a range, picked per VIN). */
function registrationMs(raw: string): number | [number, number] {
  const parts = raw.split('-');
  if (parts.length === 1) return number('registration-ms', raw);
  const [min, max] = parts.map((p) => number('registration-ms', p));
  if (parts.length !== 2 || min === undefined || max === undefined || min > max) {
    throw new FlagError(`--registration-ms must be MS or MIN-MAX with MIN <= MAX, got "${raw}".`);
  }
  return [min, max];
}

export function parseStandaloneArgs(argv: string[]): ParsedArgs {
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'registration-ms': { type: 'string' },
        'latency-ms': { type: 'string' },
        'error-rate': { type: 'string' },
        'throttle-rate': { type: 'string' },
        'retry-after': { type: 'string' },
        'reset-rate': { type: 'string' },
        'hang-rate': { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const options: SandboxOptions = {};
    const v = values;
    if (v.port !== undefined) options.port = number('port', v.port, { integer: true, max: 65_535 });
    if (v['registration-ms'] !== undefined) options.registrationMs = registrationMs(v['registration-ms']);
    if (v['latency-ms'] !== undefined) options.latencyMs = number('latency-ms', v['latency-ms']);
    if (v['error-rate'] !== undefined) options.errorRate = number('error-rate', v['error-rate'], { max: 1 });
    if (v['throttle-rate'] !== undefined) options.throttleRate = number('throttle-rate', v['throttle-rate'], { max: 1 });
    if (v['retry-after'] !== undefined) options.retryAfterS = number('retry-after', v['retry-after'], { integer: true });
    if (v['reset-rate'] !== undefined) options.resetRate = number('reset-rate', v['reset-rate'], { max: 1 });
    if (v['hang-rate'] !== undefined) options.hangRate = number('hang-rate', v['hang-rate'], { max: 1 });
    if (v.seed !== undefined) options.seed = number('seed', v.seed, { integer: true });
    return { ok: true, help: v.help === true, options };
  } catch (err) {
    // parseArgs throws TypeError with a readable message for unknown flags and missing values.
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
