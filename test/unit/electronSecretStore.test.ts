import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSafeStorageSecretStore, type SafeStorageLike } from '../../main/app/secretStore.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJwYXJ0bmVyIjoiZGVhbGVyIn0.c2lnbmF0dXJl';

/** A stand-in for Electron's safeStorage: a reversible scramble, so the plain token never appears. */
function fakeSafeStorage(o: { available?: boolean; backend?: ReturnType<SafeStorageLike['getSelectedStorageBackend']> } = {}) {
  const scramble = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return {
    isEncryptionAvailable: () => o.available ?? true,
    encryptString: (plain: string) => Buffer.concat([Buffer.from('v10'), scramble(Buffer.from(plain, 'utf8'))]),
    decryptString: (enc: Buffer) => {
      if (enc.subarray(0, 3).toString() !== 'v10') throw new Error('Error while decrypting the ciphertext provided');
      return scramble(enc.subarray(3)).toString('utf8');
    },
    getSelectedStorageBackend: () => o.backend ?? 'gnome_libsecret',
  } satisfies SafeStorageLike;
}

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qr-secrets-'));
  file = join(dir, 'secrets.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createSafeStorageSecretStore', () => {
  it('round-trips a token through the file, encrypted', () => {
    createSafeStorageSecretStore(file, fakeSafeStorage(), { platform: 'linux' }).setToken('uat', TOKEN);
    const reopened = createSafeStorageSecretStore(file, fakeSafeStorage(), { platform: 'linux' });
    expect(reopened.getToken('uat')).toBe(TOKEN);
    expect(reopened.getToken('production')).toBeNull();
  });

  it('never writes the plain token (nor its base64) to the file, and leaves no temp files', () => {
    createSafeStorageSecretStore(file, fakeSafeStorage(), { platform: 'linux' }).setToken('production', TOKEN);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(Buffer.from(TOKEN).toString('base64'));
    expect(JSON.parse(text)).toMatchObject({ version: 1, tokens: { production: expect.any(String) } });
    expect(readdirSync(dir)).toEqual(['secrets.json']);
  });

  it("reports 'os' with a real key store, 'weak' on basic_text, unknown or no encryption", () => {
    const protection = (o: Parameters<typeof fakeSafeStorage>[0], platform: NodeJS.Platform = 'linux') =>
      createSafeStorageSecretStore(file, fakeSafeStorage(o), { platform }).protection;
    expect(protection({ backend: 'gnome_libsecret' })).toBe('os');
    expect(protection({ backend: 'kwallet6' })).toBe('os');
    expect(protection({ backend: 'basic_text' })).toBe('weak');
    expect(protection({ backend: 'unknown' })).toBe('weak');
    expect(protection({ available: false })).toBe('weak');
  });

  it('does not ask for a Linux storage backend on Windows or macOS', () => {
    const safeStorage = {
      ...fakeSafeStorage(),
      getSelectedStorageBackend: (): never => {
        throw new Error('Linux only');
      },
    };
    expect(createSafeStorageSecretStore(file, safeStorage, { platform: 'win32' }).protection).toBe('os');
    expect(createSafeStorageSecretStore(file, safeStorage, { platform: 'darwin' }).protection).toBe('os');
  });

  it('with no encryption at all keeps the token for this session only', () => {
    const store = createSafeStorageSecretStore(file, fakeSafeStorage({ available: false }), { platform: 'linux' });
    store.setToken('uat', TOKEN);
    expect(store.getToken('uat')).toBe(TOKEN);
    expect(existsSync(file) ? readFileSync(file, 'utf8') : '').not.toContain(TOKEN);
    expect(createSafeStorageSecretStore(file, fakeSafeStorage({ available: false }), { platform: 'linux' }).getToken('uat')).toBeNull();
  });

  it('clears a token from memory and from the file', () => {
    const store = createSafeStorageSecretStore(file, fakeSafeStorage(), { platform: 'linux' });
    store.setToken('uat', TOKEN);
    store.setToken('production', 'other-token');
    store.clearToken('uat');
    expect(store.getToken('uat')).toBeNull();
    const reopened = createSafeStorageSecretStore(file, fakeSafeStorage(), { platform: 'linux' });
    expect(reopened.getToken('uat')).toBeNull();
    expect(reopened.getToken('production')).toBe('other-token');
  });

  it('treats a token it cannot decrypt as not set', () => {
    writeFileSync(file, JSON.stringify({ version: 1, tokens: { uat: Buffer.from('garbage').toString('base64') } }));
    expect(createSafeStorageSecretStore(file, fakeSafeStorage(), { platform: 'linux' }).getToken('uat')).toBeNull();
  });

  it('sets an unreadable file aside instead of crashing', () => {
    writeFileSync(file, '{ not json');
    const store = createSafeStorageSecretStore(file, fakeSafeStorage(), { platform: 'linux' });
    expect(store.getToken('uat')).toBeNull();
    expect(readdirSync(dir).some((name) => name.startsWith('secrets.json.unreadable-'))).toBe(true);
    store.setToken('uat', TOKEN);
    expect(createSafeStorageSecretStore(file, fakeSafeStorage(), { platform: 'linux' }).getToken('uat')).toBe(TOKEN);
  });
});
