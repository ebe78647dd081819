/**
 * Settings held in memory for one command-line run (flags win; nothing is written),
 * with the same validation as the stores on disk.
 */
import type { Settings, SettingsStore } from './hostPorts.js';
import { createSettingsStoreOver } from './settingsModel.js';

export function createMemorySettingsStore(initial: Partial<Settings> = {}): SettingsStore {
  const store = createSettingsStoreOver({ store: {}, path: '' });
  store.update(initial);
  return store;
}
