/**
 * Settings for the hosts that run without Electron (the CLI, the browser harness, tests):
 * the same file, schema and rules as the app's electron-store, kept with `conf`, the
 * library electron-store is built on. All the rules live in settingsModel.ts.
 */
import Conf from 'conf';
import type { SettingsStore } from './hostPorts.js';
import { createSettingsStoreOver, SETTINGS_CONFIG_NAME, setAsideUnreadableFile, settingsFile } from './settingsModel.js';

export function createConfSettingsStore(dataDir: string): SettingsStore {
  setAsideUnreadableFile(settingsFile(dataDir));
  const conf = new Conf<Record<string, unknown>>({ cwd: dataDir, configName: SETTINGS_CONFIG_NAME });
  return createSettingsStoreOver(conf);
}
