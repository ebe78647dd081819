/**
 * Is the Electron runtime installed? Answered the way the `electron` package and
 * electron-vite find it (ELECTRON_EXEC_PATH, ELECTRON_OVERRIDE_DIST_PATH, path.txt + dist/),
 * but WITHOUT requiring 'electron': its index.js starts a download when the binary is
 * missing, which hangs or fails on machines that cannot reach the download host.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface ElectronLookup {
  env?: NodeJS.ProcessEnv;
  /** The folder of the installed `electron` npm package; found with require.resolve when omitted. */
  packageDir?: string | null;
}

export function electronPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The Electron executable's path when it exists on disk, else null. */
export function findElectronBinary(lookup: ElectronLookup = {}): string | null {
  const env = lookup.env ?? process.env;
  if (env.ELECTRON_EXEC_PATH) return existsSync(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : null;
  const dir = lookup.packageDir === undefined ? electronPackageDir() : lookup.packageDir;
  if (!dir) return null;
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const exe = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : join(dir, 'dist', relative);
  return existsSync(exe) ? exe : null;
}

/** `--data-dir DIR` / `--data-dir=DIR` from the start arguments (the app reads QUOTEREADY_DATA_DIR). */
export function dataDirArgument(args: readonly string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--data-dir') return args[i + 1] ?? null;
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length) || null;
  }
  return null;
}

export const NO_ELECTRON_MESSAGE =
  'The Electron runtime is not installed on this machine (its download host was unreachable during npm install). ' +
  'Starting the same app in your browser instead: the browser harness runs the same core and the same screens, ' +
  'and talks to them over the same contract. To get the desktop window later, run `npx install-electron` ' +
  '(or reinstall the electron package) on a machine that can reach the download host, then `npm start` again.';
