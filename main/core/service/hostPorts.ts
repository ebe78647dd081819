/**
 * What a host (Electron main, the CLI, the browser harness) lends the core: where
 * settings live and how tokens are kept. The core never knows which host it runs in.
 */
import type { SettingsView } from '../../../preload/contract.js';

export type Settings = SettingsView;
export type TokenEnvironment = 'uat' | 'production';

export interface SettingsStore {
  get(): Settings;
  /** Validates, saves and returns the whole new settings object. Throws InputError on bad values. */
  update(patch: Partial<Settings>): Settings;
}

export interface SecretStore {
  /** The token for an environment, or null. Never leaves main. */
  getToken(env: TokenEnvironment): string | null;
  setToken(env: TokenEnvironment, token: string): void;
  clearToken(env: TokenEnvironment): void;
  /** 'os' when an OS key store encrypts it; 'weak' when not (the UI warns); 'environment-variable' for the CLI. */
  readonly protection: 'os' | 'weak' | 'environment-variable';
}

export const DEFAULT_SETTINGS: Settings = {
  environment: 'sandbox',
  concurrency: 5,
  dealershipName: '',
  dealershipState: '',
  dealershipZip: '',
  offPeak: { start: '22:00', end: '06:00' },
  theme: 'system',
  acceptBadCheckDigit: false,
};
