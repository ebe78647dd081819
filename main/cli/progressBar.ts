/**
 * A one-line progress bar for a terminal (redrawn in place with \r), and nothing at
 * all when stderr is not a terminal, so logs and pipes stay clean.
 */
import type { EngineProgress } from '../core/registration/engineTypes.js';
import { describeWait } from '../core/registration/engineTypes.js';

export function createProgressBar(stream: NodeJS.WriteStream, total: number) {
  const enabled = stream.isTTY === true;
  let lastLine = '';
  const time = (ms: number) => new Date(ms).toLocaleTimeString();
  return {
    update(p: EngineProgress): void {
      if (!enabled) return;
      const c = p.counts;
      const settled = (p.run?.registered ?? 0) + (p.run?.rejected ?? 0) + (p.run?.failed ?? 0);
      const share = total > 0 ? Math.min(1, settled / total) : 1;
      const width = 28;
      const filled = Math.round(share * width);
      const eta = p.run?.etaMs != null ? ` ETA ${Math.ceil(p.run.etaMs / 1000)}s` : '';
      const wait = p.waitReason ? ` | ${describeWait(p.waitReason, time)}` : '';
      const line =
        `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${settled}/${total} ` +
        `registered ${c.registered} rejected ${c.rejected} failed ${c.failed} in progress ${c.registering} ` +
        `waiting ${c['waiting-retry']}${eta}${wait}`;
      const cols = stream.columns ?? 120;
      const fitted = line.length > cols - 1 ? line.slice(0, cols - 2) + '…' : line;
      if (fitted !== lastLine) stream.write(`\r${fitted.padEnd(lastLine.length)}`);
      lastLine = fitted;
    },
    done(): void {
      if (enabled && lastLine) stream.write('\n');
    },
  };
}
