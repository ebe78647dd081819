/**
 * Partner tokens kept with Electron safeStorage: each token is encrypted by the OS key
 * store (DPAPI, Keychain, libsecret/kwallet) and stored as base64 in a small JSON file in
 * userData, written atomically. safeStorage is a parameter, so tests pass a fake.
 *
 * When no encryption is available at all, a token is kept in memory for this session only:
 * the file never holds a token in plain text. Tokens are never logged.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SafeStorage } from 'electron';
import { createLogger } from '../core/shared/logger.js';
import type { SecretStore, TokenEnvironment } from '../core/service/hostPorts.js';

const log = createLogger('secrets');

export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>;

interface SecretsFile {
  version: 1;
  tokens: Partial<Record<TokenEnvironment, string>>;
}

/** 'os' only when a real OS key store protects the key (on Linux, not the basic_text fallback). */
export function safeStorageProtection(safeStorage: SafeStorageLike, platform: NodeJS.Platform): 'os' | 'weak' {
  if (!safeStorage.isEncryptionAvailable()) return 'weak';
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend();
    if (backend === 'basic_text' || backend === 'unknown') return 'weak';
  }
  return 'os';
}

export function writeFileAtomic(file: string, data: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, data, { mode: 0o600 });
  renameSync(temp, file);
}

function readSecretsFile(file: string): SecretsFile {
  if (!existsSync(file)) return { version: 1, tokens: {} };
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<SecretsFile>;
    const tokens: SecretsFile['tokens'] = {};
    for (const env of ['uat', 'production'] as const) {
      const value = raw.tokens?.[env];
      if (typeof value === 'string' && value) tokens[env] = value;
    }
    return { version: 1, tokens };
  } catch {
    const backup = `${file}.unreadable-${Date.now()}`;
    renameSync(file, backup);
    log.warn('the secrets file could not be read; it was set aside and tokens must be entered again', { backup });
    return { version: 1, tokens: {} };
  }
}

export interface SafeStorageSecretStoreOptions {
  platform?: NodeJS.Platform;
}

export function createSafeStorageSecretStore(
  file: string,
  safeStorage: SafeStorageLike,
  options: SafeStorageSecretStoreOptions = {},
): SecretStore {
  const platform = options.platform ?? process.platform;
  let stored: SecretsFile | null = null;
  /** Decrypted tokens, and session-only tokens when nothing can encrypt them. */
  const memory = new Map<TokenEnvironment, string | null>();

  const load = (): SecretsFile => (stored ??= readSecretsFile(file));
  const save = (next: SecretsFile) => {
    writeFileAtomic(file, JSON.stringify(next, null, 2));
    stored = next;
  };

  return {
    get protection() {
      return safeStorageProtection(safeStorage, platform);
    },
    getToken(env) {
      if (memory.has(env)) return memory.get(env) ?? null;
      const encrypted = load().tokens[env];
      if (!encrypted) return null;
      try {
        const token = safeStorage.decryptString(Buffer.from(encrypted, 'base64'));
        memory.set(env, token);
        return token;
      } catch (err) {
        log.warn('a stored token could not be decrypted (the OS key store may have changed); enter it again', {
          environment: env,
          error: err instanceof Error ? err.name : 'unknown',
        });
        return null;
      }
    },
    setToken(env, token) {
      const current = load();
      if (!safeStorage.isEncryptionAvailable()) {
        log.warn('no encryption is available; the token is kept for this session only', { environment: env });
        const { [env]: _dropped, ...rest } = current.tokens;
        if (_dropped !== undefined) save({ version: 1, tokens: rest });
        memory.set(env, token);
        return;
      }
      const encrypted = safeStorage.encryptString(token).toString('base64');
      save({ version: 1, tokens: { ...current.tokens, [env]: encrypted } });
      memory.set(env, token);
      log.info('token saved', { environment: env, protection: safeStorageProtection(safeStorage, platform) });
    },
    clearToken(env) {
      const current = load();
      const { [env]: removed, ...rest } = current.tokens;
      if (removed !== undefined) save({ version: 1, tokens: rest });
      memory.set(env, null);
      log.info('token cleared', { environment: env });
    },
  };
}
