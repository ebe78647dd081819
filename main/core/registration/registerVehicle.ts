/** One vehicle's registration round: POST, re-POST while the partner works, through the gate. */
import type { PartnerClient } from '../partner/partnerClient.js';
import type { Clock, Random } from '../shared/clock.js';
import type { VehicleRecord } from '../shared/domain.js';
import { pollUntilDone, type RoundResult } from './pollUntilDone.js';
import { PRIORITY, type RequestGate } from './requestGate.js';

export type { RoundResult } from './pollUntilDone.js';

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
  try {
    return await pollUntilDone(
      () => d.gate.run((s) => d.client.register({ vin: v.vin, mileage: v.mileage }, s), { signal: d.signal, priority: d.priority ?? PRIORITY.batch }),
      d,
    );
  } catch (err) {
    if (d.signal.aborted) return 'cancelled';
    throw err;
  }
}
