/** The one sentence that says why registration is waiting, with times in the local format. */
import type { ProgressView } from '../../preload/contract';
import { formatWhen } from '../shared/format';

export type WaitReason = NonNullable<ProgressView['waitReason']>;

export function waitSentence(reason: WaitReason, now = Date.now()): string {
  switch (reason.kind) {
    case 'paused':
      return 'Paused';
    case 'no-network':
      return `No network — trying again at ${formatWhen(reason.retryAt, now)}`;
    case 'partner-hold':
      return `The partner asked us to wait until ${formatWhen(reason.until, now)}`;
    case 'retry-scheduled':
      return `Waiting for the next retry at ${formatWhen(reason.at, now)}`;
    case 'token-refused':
      return 'The partner refused the token — check Settings';
    case 'outside-off-peak':
      return `Outside the off-peak window — opens at ${formatWhen(reason.opensAt, now)}`;
  }
}

/** Extra words under the sentence, where the partner or the engine gave some. */
export function waitDetail(reason: WaitReason): string | null {
  if (reason.kind === 'token-refused') return reason.message;
  if (reason.kind === 'paused') return 'Nothing is sent to the partner until you resume.';
  if (reason.kind === 'no-network') return 'Nothing is lost: vehicles stay queued and no attempts are used up while offline.';
  return null;
}
