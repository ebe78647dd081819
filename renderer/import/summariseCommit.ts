/** One sentence about what an import did, for the Progress screen's banner. */
import { formatCount } from '../shared/format';
import type { CommitResult } from './useImportSession';

export function summariseCommit(r: CommitResult): string {
  const parts = [`${formatCount(r.added)} new`];
  if (r.requeued) parts.push(`${formatCount(r.requeued)} changed or expired, queued again`);
  if (r.skippedFresh) parts.push(`${formatCount(r.skippedFresh)} already registered (nothing sent)`);
  if (r.alreadyQueued) parts.push(`${formatCount(r.alreadyQueued)} already queued`);
  if (r.keptRejected) parts.push(`${formatCount(r.keptRejected)} still rejected`);
  if (r.invalidSkipped) parts.push(`${formatCount(r.invalidSkipped)} rows left out`);
  return `Import done: ${parts.join(', ')}.`;
}
