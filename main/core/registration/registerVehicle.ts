/**
 * One vehicle's conversation with the partner: POST, then re-POST every 1-2 s while
 * it answers 200/202, until an answer that ends the round or the client-side ceiling.
 */
import { POLL_CEILING_MS } from '../partner/wire.js';
import type { PartnerOutcome } from '../partner/outcome.js';
import type { PartnerClient } from '../partner/partnerClient.js';
import type { Clock, Random } from '../shared/clock.js';
import type { VehicleRecord } from '../shared/domain.js';
import { pollDelay } from './backoff.js';
import { PRIORITY, type RequestGate } from './requestGate.js';

export type RoundResult = Exclude<PartnerOutcome, { kind: 'in-progress' }> | { kind: 'timeout'; polls: number };

export interface RegisterDeps {
  client: PartnerClient;
  gate: RequestGate;
  clock: Clock;
  random: Random;
  signal: AbortSignal;
  pollCeilingMs?: number;
  priority?: number;
}

export async function registerVehicle(v: Pick<VehicleRecord, 'vin' | 'mileage'>, d: RegisterDeps): Promise<RoundResult | 'cancelled'> {
  const started = d.clock.now();
  const ceiling = d.pollCeilingMs ?? POLL_CEILING_MS;
  let polls = 0;
  try {
    for (;;) {
      const outcome = await d.gate.run((s) => d.client.register({ vin: v.vin, mileage: v.mileage }, s), {
        signal: d.signal,
        priority: d.priority ?? PRIORITY.batch,
      });
      if (outcome.kind !== 'in-progress') return outcome;
      polls++;
      if (d.clock.now() - started >= ceiling) return { kind: 'timeout', polls };
      await d.clock.sleep(pollDelay(d.random), d.signal);
    }
  } catch (err) {
    if (d.signal.aborted) return 'cancelled';
    throw err;
  }
}
