/** `npm run status`: what the ledger holds, without touching the partner. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ledger } from '../core/ledger/ledger.js';
import { defaultDataDir, ledgerFile } from '../core/shared/dataDir.js';
import { parseCommandArgs, UsageError } from './cliArgs.js';

const USAGE = 'Usage: npm run status -- [--data-dir DIR] [--json]';
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export async function statusCommand(argv: string[], io = { out: process.stdout }): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { 'data-dir': { type: 'string' }, json: { type: 'boolean' } }, USAGE);
  if (positionals.length) throw new UsageError(`Unexpected argument "${positionals[0]}".\n\n${USAGE}`);
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  if (!existsSync(ledgerFile(dataDir))) {
    io.out.write(`No QuoteReady data in ${dataDir} yet. Import a file with: npm run register -- <file>\n`);
    return 0;
  }
  const ledger = Ledger.open(ledgerFile(dataDir));
  try {
    const now = Date.now();
    const summary = ledger.summary(now, now + WEEK_MS);
    if (values.json) {
      io.out.write(`${JSON.stringify({ dataDir, ...summary })}\n`);
      return 0;
    }
    const n = (v: number) => v.toLocaleString('en-US');
    const c = summary.counts;
    const lines = [
      `QuoteReady data in ${dataDir}`,
      `  vehicles: ${n(summary.total)}`,
      `  registered ${n(c.registered)} (expiring within 7 days: ${n(summary.expiringSoon)}), in progress ${n(c.registering)}, queued ${n(c.queued)}, waiting to retry ${n(c['waiting-retry'])}`,
      `  rejected by the partner ${n(c.rejected)}, failed ${n(c.failed)}`,
      ...(summary.lastImport ? [`  last import: ${summary.lastImport.file} at ${new Date(summary.lastImport.at).toLocaleString()}`] : []),
      ...(summary.problems.length ? ['  needing attention:'] : []),
      ...summary.problems.map((p) => `    ${p.vin}  ${p.state}: ${p.message}`),
      '',
    ];
    io.out.write(lines.join('\n'));
    return 0;
  } finally {
    ledger.close();
  }
}
