/** Pace of the run: per minute, time left, how many at once, requests sent. */
import type { ProgressView } from '../../preload/contract';
import { formatCount, formatDuration, formatRate, formatTime } from '../shared/format';

export function RunFigures({ progress }: { progress: ProgressView }) {
  const run = progress.run;
  // A time left only means something while work is moving.
  const eta = progress.status === 'running' ? (run?.etaMs ?? null) : null;
  const items = [
    { id: 'rate', label: 'Per minute', value: run ? formatRate(run.perMinute) : '—' },
    { id: 'eta', label: 'Time left', value: eta !== null ? `${formatDuration(eta)}, until ${formatTime(Date.now() + eta)}` : '—' },
    { id: 'concurrency', label: 'At once', value: `${formatCount(progress.concurrency)} at a time` },
    { id: 'elapsed', label: 'Running for', value: run ? formatDuration(run.elapsedMs) : '—' },
    { id: 'requests', label: 'Partner requests', value: run ? formatCount(run.requests) : '—' },
  ];
  return (
    <dl className="figures figures-compact" aria-label="Pace of the run">
      {items.map((i) => (
        <div className="figure" key={i.id} data-testid={`run-${i.id}`}>
          <dt>{i.label}</dt>
          <dd>{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
