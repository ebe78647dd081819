/** The numbers behind the progress bar and the headline, from one progress report. */
import type { ProgressView } from '../../preload/contract';
import { formatCount, formatDuration, plural } from '../shared/format';

export interface RunSummary {
  done: number;
  total: number;
  remaining: number;
  percent: number;
  headline: string;
}

export function summariseRun(p: ProgressView): RunSummary {
  const c = p.counts;
  const remaining = c.queued + c.registering + c['waiting-retry'];
  const run = p.run;
  const done = run ? run.registered + run.rejected + run.failed : c.registered + c.rejected + c.failed;
  const total = done + remaining;
  const percent = total > 0 ? Math.min(100, (done / total) * 100) : 0;
  const ofTotal = `${formatCount(done)} of ${formatCount(total)} done`;
  let headline: string;
  switch (p.status) {
    case 'running':
      headline = `Registering: ${ofTotal}`;
      break;
    case 'waiting':
      headline = `Waiting: ${ofTotal}`;
      break;
    case 'paused':
      headline = `Paused: ${ofTotal}`;
      break;
    case 'stopped':
      headline = remaining > 0 ? `Stopped: ${plural(remaining, 'vehicle')} still to register` : 'Stopped';
      break;
    case 'idle':
      if (remaining > 0) headline = `${plural(remaining, 'vehicle')} waiting to be registered`;
      else if (run && done > 0)
        headline = `Finished: ${formatCount(run.registered)} registered, ${formatCount(run.rejected)} rejected, ${formatCount(run.failed)} failed in ${formatDuration(run.elapsedMs)}`;
      else if (c.registered + c.rejected + c.failed > 0) headline = 'All caught up: nothing waiting to be registered';
      else headline = 'Nothing to register yet';
      break;
  }
  return { done, total, remaining, percent, headline };
}
