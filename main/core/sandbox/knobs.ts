/**
 * The sandbox's run-time knobs: how long registrations take and which faults it injects.
 * One zod schema validates them wherever they come from (createSandbox options,
 * setFaults, POST /__sandbox/faults, the standalone's flags), so the rules and messages agree.
 */
import { z } from 'zod';
import { InputError } from '../shared/errors.js';
import { hashUnit } from './random.js';

export interface SandboxKnobs {
  /** Per vehicle: a fixed time, or a [min, max] range picked per VIN from the seed. */
  registrationMs: number | [number, number];
  /** Added before every answer on a partner path. */
  latencyMs: number;
  /** Share of requests answered 500/503. */
  errorRate: number;
  /** Share of requests answered 429 with Retry-After: retryAfterS. */
  throttleRate: number;
  retryAfterS: number;
  /** Share of requests whose connection is reset without an answer. */
  resetRate: number;
  /** Share of requests accepted and never answered (until close()). */
  hangRate: number;
}

/** Realistic by default (registrations of 2-4 s) and fault-free. */
export const DEFAULT_KNOBS: SandboxKnobs = {
  registrationMs: [2_000, 4_000],
  latencyMs: 0,
  errorRate: 0,
  throttleRate: 0,
  retryAfterS: 2,
  resetRate: 0,
  hangRate: 0,
};

const millis = z.number({ error: 'must be a number of milliseconds' }).finite().nonnegative({ error: 'must be 0 or more' });
const rate = z.number({ error: 'must be a number from 0 to 1' }).min(0, { error: 'must be from 0 to 1' }).max(1, { error: 'must be from 0 to 1' });

export const knobsPatchSchema = z
  .object({
    registrationMs: z.union([
      millis,
      z.tuple([millis, millis]).refine(([min, max]) => min <= max, { error: 'the range must be [min, max] with min <= max' }),
    ]),
    latencyMs: millis,
    errorRate: rate,
    throttleRate: rate,
    retryAfterS: z.number({ error: 'must be whole seconds' }).int({ error: 'must be whole seconds' }).nonnegative({ error: 'must be 0 or more' }),
    resetRate: rate,
    hangRate: rate,
  })
  .partial()
  .strict();
export type KnobsPatch = z.infer<typeof knobsPatchSchema>;

/** The knobs with `patch` applied; throws InputError naming each bad knob. */
export function applyKnobs(current: SandboxKnobs, patch: unknown): SandboxKnobs {
  const parsed = knobsPatchSchema.safeParse(patch);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
    throw new InputError(`Invalid sandbox settings: ${problems.join('; ')}`, { problems });
  }
  const defined = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as KnobsPatch;
  return { ...current, ...defined };
}

/** How long registering this VIN takes under these knobs; the same VIN always takes the same. */
export function registrationMsFor(knobs: SandboxKnobs, seed: number, vin: string): number {
  const r = knobs.registrationMs;
  if (typeof r === 'number') return r;
  const [min, max] = r;
  return Math.round(min + hashUnit(seed, 'registrationMs', vin) * (max - min));
}
