/**
 * The sandbox's own steering paths, outside the partner API: no auth, no faults, not counted
 * in the stats, so a test or a demo can watch and steer a standalone sandbox over HTTP.
 *   GET  /__sandbox/stats        -> the stats object
 *   POST /__sandbox/reset-stats  -> zero the counts
 *   GET  /__sandbox/faults       -> the current knobs
 *   POST /__sandbox/faults       -> apply a partial knobs object, answer the new knobs
 *   POST /__sandbox/reset        -> forget every vehicle, job and count
 */
import { QuoteReadyError } from '../shared/errors.js';
import type { SandboxKnobs } from './knobs.js';
import type { Reply } from './partnerReplies.js';
import type { SandboxStats } from './sandboxStats.js';

export const CONTROL_PREFIX = '/__sandbox/';
export const CONTROL_PATHS = {
  stats: '/__sandbox/stats',
  resetStats: '/__sandbox/reset-stats',
  faults: '/__sandbox/faults',
  reset: '/__sandbox/reset',
} as const;

export interface SandboxControl {
  stats(): SandboxStats;
  resetStats(): void;
  reset(): void;
  faults(): SandboxKnobs;
  /** Throws InputError for a bad patch. */
  setFaults(patch: unknown): SandboxKnobs;
}

const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body,
  ...(headers ? { headers } : {}),
});

/** Which methods each path takes, and what it does. */
function handler(path: string, method: string, body: string, control: SandboxControl): Reply | undefined {
  switch (`${method} ${path}`) {
    case `GET ${CONTROL_PATHS.stats}`:
      return json(200, control.stats());
    case `POST ${CONTROL_PATHS.resetStats}`:
      control.resetStats();
      return json(200, control.stats());
    case `GET ${CONTROL_PATHS.faults}`:
      return json(200, control.faults());
    case `POST ${CONTROL_PATHS.faults}`:
      return json(200, control.setFaults(body.trim() === '' ? {} : JSON.parse(body)));
    case `POST ${CONTROL_PATHS.reset}`:
      control.reset();
      return json(200, control.stats());
    default:
      return undefined;
  }
}

export function routeControl(method: string, path: string, body: string, control: SandboxControl): Reply {
  try {
    const reply = handler(path, method, body, control);
    if (reply) return reply;
  } catch (err) {
    const message = err instanceof SyntaxError ? 'The body is not valid JSON.' : err instanceof QuoteReadyError ? err.message : String(err);
    return json(400, { error: message });
  }
  const known = (Object.values(CONTROL_PATHS) as string[]).includes(path);
  return known ? json(405, { error: `${method} is not allowed on ${path}.` }) : json(404, { error: `No sandbox control path ${path}.` });
}
