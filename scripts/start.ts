/**
 * `npm start`: the desktop app (`electron-vite dev`) when the Electron runtime is installed;
 * otherwise the browser harness (`npm run harness`) with the same arguments, after saying why.
 */
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { dataDirArgument, findElectronBinary, NO_ELECTRON_MESSAGE } from './electronRuntime.js';

const args = process.argv.slice(2);
const require = createRequire(import.meta.url);

function run(command: string, commandArgs: string[], options: SpawnOptions = {}): void {
  const child = spawn(command, commandArgs, { stdio: 'inherit', ...options });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('error', (err) => {
    console.error(`Could not start ${command}: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** better-sqlite3 must be compiled for Electron's Node, not the system's, to load in main. */
function nativeModulesLoadIn(electron: string): boolean {
  const probe = spawnSync(electron, ['-e', "require('better-sqlite3')"], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    stdio: 'ignore',
    timeout: 30_000,
  });
  return probe.status === 0;
}

function startElectron(electron: string): void {
  if (!nativeModulesLoadIn(electron)) {
    console.error(
      'better-sqlite3 is compiled for this machine\'s Node, not for Electron, so the app could not open its ledger. ' +
        'Run `npm run rebuild:electron` and then `npm start` again (run `npm run rebuild:node` afterwards to get the ' +
        'command line and the tests working under Node again).',
    );
    process.exit(1);
  }
  const pkgDir = dirname(require.resolve('electron-vite/package.json'));
  const bin = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['electron-vite']!;
  const dataDir = dataDirArgument(args);
  run(process.execPath, [join(pkgDir, bin), 'dev'], {
    env: { ...process.env, ...(dataDir ? { QUOTEREADY_DATA_DIR: dataDir } : {}) },
  });
}

function startHarness(): void {
  console.log(`\n${NO_ELECTRON_MESSAGE}\n`);
  const npmCli = process.env.npm_execpath;
  if (npmCli && npmCli.endsWith('.js')) {
    run(process.execPath, [npmCli, 'run', 'harness', '--', ...args]);
  } else {
    run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'harness', '--', ...args], { shell: process.platform === 'win32' });
  }
}

const electron = findElectronBinary();
if (electron) startElectron(electron);
else startHarness();
