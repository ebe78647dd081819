/**
 * The app's settings in electron-store (`<userData>/settings.json`), with the same rules as
 * the CLI's conf store (settingsModel.ts): validated on load, a corrupt or invalid file
 * backed up and reset (never a crash), bad updates refused with the field named.
 */
import ElectronStore from 'electron-store';
import type { IpcMain } from 'electron';
import type { SettingsStore } from '../core/service/hostPorts.js';
import { createSettingsStoreOver, SETTINGS_CONFIG_NAME, setAsideUnreadableFile, settingsFile } from '../core/service/settingsModel.js';

/** electron-store answers this channel for renderer-side stores; ours is main-only. */
const ELECTRON_STORE_CHANNEL = 'electron-store-get-data';

export function createElectronSettingsStore(dataDir: string, ipcMain: Pick<IpcMain, 'removeAllListeners'>): SettingsStore {
  setAsideUnreadableFile(settingsFile(dataDir));
  const store = new ElectronStore<Record<string, unknown>>({ cwd: dataDir, name: SETTINGS_CONFIG_NAME });
  // Keep the renderer's only way into main the contract: drop electron-store's own IPC listener.
  ipcMain.removeAllListeners(ELECTRON_STORE_CHANNEL);
  return createSettingsStoreOver(store);
}
