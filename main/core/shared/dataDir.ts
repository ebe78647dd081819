/**
 * Where QuoteReady keeps its files when no --data-dir is given: the same folder
 * Electron uses as userData (appData/QuoteReady), so the CLI and the app share one ledger.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'QuoteReady';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.QUOTEREADY_DATA_DIR) return env.QUOTEREADY_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

export const ledgerFile = (dataDir: string) => join(dataDir, 'ledger.sqlite');
