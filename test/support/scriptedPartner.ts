/**
 * A PartnerClient whose answers a test scripts per VIN, for engine tests on fake
 * timers. It counts requests and concurrency from the outside, like the sandbox does.
 */
import type { PartnerClient } from '../../main/core/partner/partnerClient.js';
import type { PartnerOutcome } from '../../main/core/partner/outcome.js';
import { CancelledError } from '../../main/core/shared/errors.js';

export type Script = (vin: string, call: number) => PartnerOutcome;

export const inProgress: PartnerOutcome = { kind: 'in-progress', status: 202 };
export const done: PartnerOutcome = { kind: 'done', status: 201, payload: {} };

/** Answers "still working" `polls` times, then 201. */
export const afterPolls =
  (polls: number): Script =>
  (_vin, call) =>
    call <= polls ? inProgress : done;

export class ScriptedPartner implements PartnerClient {
  readonly calls = new Map<string, number>();
  readonly log: Array<{ vin: string; at: number; outcome: PartnerOutcome['kind'] }> = [];
  inFlight = 0;
  maxInFlight = 0;

  constructor(
    private script: Script,
    private readonly latencyMs = 50,
  ) {}

  setScript(script: Script): void {
    this.script = script;
  }

  get requests(): number {
    return this.log.length;
  }

  async register(v: { vin: string; mileage: number }, signal?: AbortSignal): Promise<PartnerOutcome> {
    const call = (this.calls.get(v.vin) ?? 0) + 1;
    this.calls.set(v.vin, call);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(resolve, this.latencyMs);
        signal?.addEventListener('abort', () => (clearTimeout(t), reject(new CancelledError())), { once: true });
      });
      const outcome = this.script(v.vin, call);
      this.log.push({ vin: v.vin, at: Date.now(), outcome: outcome.kind });
      return outcome;
    } finally {
      this.inFlight--;
    }
  }

  startPrice = this.unsupported;
  searchPlans = this.unsupported;
  cleanCache = this.unsupported;
  private unsupported(): Promise<PartnerOutcome> {
    throw new Error('not scripted');
  }
  async close(): Promise<void> {}
}
