/** Outcomes per minute over the run as stacked bars: plain SVG, no chart library. */
import { Flex, Text } from '@radix-ui/themes';
import type { ProgressView } from '../../preload/contract';
import { formatClock, formatCount, formatDuration } from '../shared/format';

const W = 560;
const H = 120;
const PAD = { top: 8, right: 8, bottom: 18, left: 36 };
const SERIES = [
  { key: 'registered', label: 'Registered', className: 'fill-registered' },
  { key: 'rejected', label: 'Rejected', className: 'fill-rejected' },
  { key: 'failed', label: 'Failed', className: 'fill-failed' },
] as const;

export function OutcomeChart({ timeline }: { timeline: ProgressView['timeline'] }) {
  if (timeline.length === 0) {
    return (
      <Text size="1" color="gray" as="p" className="chart-empty">
        The chart fills in as vehicles finish.
      </Text>
    );
  }
  const gaps = timeline.slice(1).map((t, i) => t.at - timeline[i]!.at).filter((g) => g > 0);
  const bucket = gaps.length ? formatDuration(Math.min(...gaps)) : null;
  const span = timeline[timeline.length - 1]!.at - timeline[0]!.at;
  const at = (ms: number) => formatClock(ms, span < 10 * 60_000);
  const max = Math.max(1, ...timeline.map((t) => t.registered + t.rejected + t.failed));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(timeline.length, 10);
  const barW = Math.max(2, slot * 0.8);
  const y = (v: number) => (v / max) * plotH;
  const totals = SERIES.map((s) => timeline.reduce((n, t) => n + t[s.key], 0));
  const label = `Vehicles finished ${bucket ? `per ${bucket}` : 'over time'}, from ${at(timeline[0]!.at)} to ${at(timeline[timeline.length - 1]!.at)}: ${SERIES.map((s, i) => `${formatCount(totals[i]!)} ${s.label.toLowerCase()}`).join(', ')}.`;

  return (
    <figure className="chart">
      <svg className="chart-plot" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <line className="chart-axis" x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} />
        <text className="chart-label" x={PAD.left - 4} y={PAD.top + 8} textAnchor="end">
          {formatCount(max)}
        </text>
        <text className="chart-label" x={PAD.left - 4} y={PAD.top + plotH} textAnchor="end">
          0
        </text>
        {timeline.map((t, i) => {
          let base = PAD.top + plotH;
          const x = PAD.left + i * slot + (slot - barW) / 2;
          return (
            <g key={t.at}>
              <title>{`${at(t.at)}: ${formatCount(t.registered)} registered, ${formatCount(t.rejected)} rejected, ${formatCount(t.failed)} failed`}</title>
              {SERIES.map((s) => {
                const h = y(t[s.key]);
                base -= h;
                return h > 0 ? <rect key={s.key} className={s.className} x={x} y={base} width={barW} height={h} /> : null;
              })}
            </g>
          );
        })}
        <text className="chart-label" x={PAD.left} y={H - 4}>
          {at(timeline[0]!.at)}
        </text>
        {timeline.length > 1 && (
          <text className="chart-label" x={PAD.left + (timeline.length - 0.5) * slot} y={H - 4} textAnchor="middle">
            {at(timeline[timeline.length - 1]!.at)}
          </text>
        )}
      </svg>
      <figcaption>
        <Flex gap="3" wrap="wrap">
          {SERIES.map((s, i) => (
            <Flex key={s.key} align="center" gap="1">
              <svg width="10" height="10" aria-hidden>
                <rect className={s.className} width="10" height="10" rx="2" />
              </svg>
              <Text size="1">
                {s.label} ({formatCount(totals[i]!)})
              </Text>
            </Flex>
          ))}
          {bucket && (
            <Text size="1" color="gray">
              each bar is {bucket}
            </Text>
          )}
        </Flex>
      </figcaption>
    </figure>
  );
}
