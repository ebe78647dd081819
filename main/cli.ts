/**
 * The headless entry over the same core the app uses: `register`, `status`, `quote`.
 * Plain Node; no Electron.
 */
import { setLogSink } from './core/shared/logger.js';
import { QuoteReadyError } from './core/shared/errors.js';
import { UsageError } from './cli/cliArgs.js';
import { registerCommand } from './cli/registerCommand.js';
import { statusCommand } from './cli/statusCommand.js';
import { quoteCommand } from './cli/quoteCommand.js';

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  register: registerCommand,
  status: statusCommand,
  quote: quoteCommand,
};

async function main(argv: string[]): Promise<number> {
  if (process.env.QUOTEREADY_LOG) setLogSink((line) => process.stderr.write(`${JSON.stringify(line)}\n`), 'debug');
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`Usage: tsx main/cli.ts <${Object.keys(COMMANDS).join('|')}> ...\n`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    if (typeof (err as { code?: unknown }).code === 'string' && (err as { code: string }).code.startsWith('SQLITE_BUSY')) {
      process.stderr.write('The ledger is busy: another QuoteReady (the app or another command) is writing to this data folder. Try again in a moment.\n');
      return 1;
    }
    if (err instanceof QuoteReadyError) {
      process.stderr.write(`${err.message}\n`);
      return err.kind === 'InputError' ? 2 : 1;
    }
    throw err;
  }
}

process.exitCode = await main(process.argv.slice(2));
