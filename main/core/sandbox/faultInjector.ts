/**
 * Decides, per partner request, whether the sandbox misbehaves. Rolls come from a seeded
 * stream, and every request consumes the same number of rolls whatever the knobs say, so a
 * run with the same seed and the same request order injects the same faults.
 */
import type { SandboxKnobs } from './knobs.js';
import { simpleFailure } from './partnerReplies.js';
import type { Reply } from './partnerReplies.js';
import { mulberry32 } from './random.js';

export type FaultDecision =
  | { kind: 'none' }
  /** Destroy the socket without answering. */
  | { kind: 'reset' }
  /** Keep the request open and never answer. */
  | { kind: 'hang' }
  /** Answer this instead of handling the request (429 or 500/503). */
  | { kind: 'throttle' | 'error'; reply: Reply };

export type FaultKind = Exclude<FaultDecision['kind'], 'none'>;

export class FaultInjector {
  private rand: () => number;

  constructor(private readonly seed: number) {
    this.rand = mulberry32(seed ^ 0xfa017);
  }

  /** Back to the first roll, for reset(). */
  restart(): void {
    this.rand = mulberry32(this.seed ^ 0xfa017);
  }

  /** In order of severity: a reset beats a hang beats a 429 beats a 5xx. */
  decide(knobs: SandboxKnobs): FaultDecision {
    const [reset, hang, throttle, error, which] = [this.rand(), this.rand(), this.rand(), this.rand(), this.rand()];
    if (reset < knobs.resetRate) return { kind: 'reset' };
    if (hang < knobs.hangRate) return { kind: 'hang' };
    if (throttle < knobs.throttleRate) {
      return {
        kind: 'throttle',
        reply: simpleFailure(429, 'TooManyRequests', 'Too many requests; please slow down.', {
          'Retry-After': String(knobs.retryAfterS),
        }),
      };
    }
    if (error < knobs.errorRate) {
      return {
        kind: 'error',
        reply:
          which < 0.5
            ? simpleFailure(500, 'InternalError', 'Something went wrong on our side (sandbox fault).')
            : simpleFailure(503, 'ServiceUnavailable', 'The service is temporarily unavailable (sandbox fault).'),
      };
    }
    return { kind: 'none' };
  }
}
