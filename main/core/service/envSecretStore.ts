/**
 * Tokens for the command line: read from the environment, never from disk.
 * QUOTEREADY_TOKEN_UAT / QUOTEREADY_TOKEN_PRODUCTION override QUOTEREADY_TOKEN for their
 * environment. setToken/clearToken change this process's view only (memory).
 */
import type { SecretStore, TokenEnvironment } from './hostPorts.js';

export const TOKEN_ENV_VARS = {
  any: 'QUOTEREADY_TOKEN',
  uat: 'QUOTEREADY_TOKEN_UAT',
  production: 'QUOTEREADY_TOKEN_PRODUCTION',
} as const;

export function createEnvSecretStore(env: NodeJS.ProcessEnv = process.env): SecretStore {
  const memory = new Map<TokenEnvironment, string | null>();
  const fromEnv = (name: string): string | null => env[name]?.trim() || null;
  return {
    protection: 'environment-variable',
    getToken(which) {
      if (memory.has(which)) return memory.get(which) ?? null;
      return fromEnv(TOKEN_ENV_VARS[which]) ?? fromEnv(TOKEN_ENV_VARS.any);
    },
    setToken(which, token) {
      memory.set(which, token);
    },
    clearToken(which) {
      memory.set(which, null);
    },
  };
}
