/**
 * The partner's asynchronous pattern (doc): re-send the SAME request every 1-2 s while
 * it answers 200/202, until an answer that ends the round or the client-side ceiling.
 * Registrations and plan searches both poll through here.
 */
import type { PartnerOutcome } from '../partner/outcome.js';
import { POLL_CEILING_MS } from '../partner/wire.js';
import type { Clock, Random } from '../shared/clock.js';
import { pollDelay } from './backoff.js';

export type RoundResult = Exclude<PartnerOutcome, { kind: 'in-progress' }> | { kind: 'timeout'; polls: number };

export async function pollUntilDone(
  send: () => Promise<PartnerOutcome>,
  d: { clock: Clock; random: Random; signal: AbortSignal; pollCeilingMs?: number },
): Promise<RoundResult> {
  const started = d.clock.now();
  const ceiling = d.pollCeilingMs ?? POLL_CEILING_MS;
  for (let polls = 0; ; ) {
    const outcome = await send();
    if (outcome.kind !== 'in-progress') return outcome;
    polls++;
    if (d.clock.now() - started >= ceiling) return { kind: 'timeout', polls };
    await d.clock.sleep(pollDelay(d.random), d.signal);
  }
}
