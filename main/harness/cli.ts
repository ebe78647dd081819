/**
 * `npm run harness -- [--data-dir DIR] [--port N] [--rebuild]`: the app in a browser, on a
 * machine without Electron. Data goes to --data-dir, else QUOTEREADY_DATA_DIR, else
 * .data/harness, so a demo never touches the desktop app's own ledger by accident.
 */
import { join, resolve } from 'node:path';
import { setLogSink } from '../core/shared/logger.js';
import { REPO_ROOT } from './ensureBuilt.js';
import { startHarness } from './startHarness.js';

const USAGE = 'Usage: npm run harness -- [--data-dir DIR] [--port N] [--rebuild]';

function parse(argv: string[]): { dataDir: string; port: number; rebuild: boolean } | string {
  let dataDir = process.env.QUOTEREADY_DATA_DIR ? resolve(process.env.QUOTEREADY_DATA_DIR) : join(REPO_ROOT, '.data', 'harness');
  let port = 0;
  let rebuild = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? (arg.split(/=(.*)/s, 2) as [string, string]) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--data-dir') {
      const v = value();
      if (!v) return '--data-dir needs a folder.';
      dataDir = resolve(v);
    } else if (flag === '--port') {
      const v = Number(value());
      if (!Number.isInteger(v) || v < 0 || v > 65_535) return '--port needs a whole number from 0 to 65535 (0 picks a free port).';
      port = v;
    } else if (flag === '--rebuild') rebuild = true;
    else if (flag === '--help' || flag === '-h') return USAGE;
    else return `Unknown option ${arg}.\n${USAGE}`;
  }
  return { dataDir, port, rebuild };
}

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return args === USAGE ? 0 : 2;
  }
  if (process.env.QUOTEREADY_LOG) setLogSink((line) => process.stderr.write(`${JSON.stringify(line)}\n`), 'debug');
  let harness: Awaited<ReturnType<typeof startHarness>>;
  try {
    harness = await startHarness({ dataDir: args.dataDir, port: args.port, build: args.rebuild ? 'always' : 'if-missing' });
  } catch (err) {
    if ((err as { code?: string }).code === 'EADDRINUSE') {
      process.stderr.write(`Port ${args.port} is already in use. Pick another with --port N, or --port 0 for any free port.\n`);
      return 2;
    }
    throw err;
  }
  process.stdout.write(`QuoteReady (browser harness) at ${harness.url.replace(/\/$/, '')} — data in ${harness.dataDir}\n`);

  await new Promise<void>((done) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        process.stderr.write('Stopping now.\n');
        process.exit(1);
      }
      stopping = true;
      process.stderr.write(`${signal}: stopping the harness…\n`);
      void harness.close().then(done, (err: unknown) => {
        process.stderr.write(`Could not stop cleanly: ${String(err)}\n`);
        process.exitCode = 1;
        done();
      });
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });
  return process.exitCode === 1 ? 1 : 0;
}

process.exitCode = await main();
