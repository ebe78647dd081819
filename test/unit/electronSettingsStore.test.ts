import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConfSettingsStore } from '../../main/core/service/confSettingsStore.js';
import { createEnvSecretStore } from '../../main/core/service/envSecretStore.js';
import { DEFAULT_SETTINGS } from '../../main/core/service/hostPorts.js';
import { isClockTime, normalizeStoredSettings, settingsFile } from '../../main/core/service/settingsModel.js';
import { InputError } from '../../main/core/shared/errors.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'qr-settings-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const readFile = () => JSON.parse(readFileSync(settingsFile(dataDir), 'utf8')) as Record<string, unknown>;

function expectInputError(fn: () => unknown, field: string): InputError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    const e = err as InputError;
    expect(e.details?.field).toBe(field);
    expect(e.message).toContain(field);
    return e;
  }
  throw new Error('expected an InputError');
}

describe('createConfSettingsStore', () => {
  it('starts from the defaults and writes them to <dataDir>/settings.json', () => {
    const store = createConfSettingsStore(dataDir);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(readFile()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves an update and returns the whole new settings', () => {
    const store = createConfSettingsStore(dataDir);
    const next = store.update({ concurrency: 8, dealershipState: 'TX', offPeak: { start: '21:30', end: '05:00' } });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, concurrency: 8, dealershipState: 'TX', offPeak: { start: '21:30', end: '05:00' } });
    expect(createConfSettingsStore(dataDir).get()).toEqual(next);
  });

  it('refuses a bad value, naming the field, and writes nothing', () => {
    const store = createConfSettingsStore(dataDir);
    const before = readFile();
    expectInputError(() => store.update({ concurrency: 11 }), 'concurrency');
    expectInputError(() => store.update({ dealershipZip: '1234' }), 'dealershipZip');
    expectInputError(() => store.update({ offPeak: { start: '25:00', end: '06:00' } }), 'offPeak.start');
    expectInputError(() => store.update({ colour: 'red' } as never), 'colour');
    expect(readFile()).toEqual(before);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('does not let a caller change its settings by mutating what get() returned', () => {
    const store = createConfSettingsStore(dataDir);
    store.get().offPeak.start = '12:00';
    expect(store.get().offPeak.start).toBe(DEFAULT_SETTINGS.offPeak.start);
  });

  it('sets a corrupt file aside and starts from the defaults', () => {
    writeFileSync(settingsFile(dataDir), '{"concurrency": 7, oops');
    const store = createConfSettingsStore(dataDir);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    const backup = readdirSync(dataDir).find((name) => name.startsWith('settings.json.corrupt-'));
    expect(backup).toBeDefined();
    expect(readFileSync(join(dataDir, backup!), 'utf8')).toBe('{"concurrency": 7, oops');
  });

  it('resets only the invalid fields of a readable file, after backing it up', () => {
    writeFileSync(settingsFile(dataDir), JSON.stringify({ concurrency: 50, theme: 'neon', dealershipName: 'Lone Star Motors', extra: 1 }));
    const store = createConfSettingsStore(dataDir);
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, dealershipName: 'Lone Star Motors' });
    expect(readFile()).toEqual({ ...DEFAULT_SETTINGS, dealershipName: 'Lone Star Motors' });
    expect(readdirSync(dataDir).some((name) => name.startsWith('settings.json.invalid-'))).toBe(true);
  });
});

describe('settings model', () => {
  it('fills in missing fields without calling them invalid', () => {
    expect(normalizeStoredSettings({ concurrency: 3 })).toEqual({ settings: { ...DEFAULT_SETTINGS, concurrency: 3 }, invalidFields: [] });
    expect(normalizeStoredSettings(undefined).invalidFields).toEqual([]);
    expect(normalizeStoredSettings([1, 2]).invalidFields).toEqual(['(whole file)']);
  });
  it('knows a clock time', () => {
    expect(isClockTime('00:00')).toBe(true);
    expect(isClockTime('23:59')).toBe(true);
    expect(isClockTime('24:00')).toBe(false);
    expect(isClockTime('12:60')).toBe(false);
  });
});

describe('createEnvSecretStore', () => {
  it('reads QUOTEREADY_TOKEN, with per-environment overrides', () => {
    const store = createEnvSecretStore({ QUOTEREADY_TOKEN: 'shared', QUOTEREADY_TOKEN_PRODUCTION: ' prod ' });
    expect(store.protection).toBe('environment-variable');
    expect(store.getToken('uat')).toBe('shared');
    expect(store.getToken('production')).toBe('prod');
    expect(createEnvSecretStore({}).getToken('uat')).toBeNull();
  });
  it('keeps set and clear in memory only', () => {
    const env: NodeJS.ProcessEnv = { QUOTEREADY_TOKEN: 'shared' };
    const store = createEnvSecretStore(env);
    store.setToken('uat', 'typed');
    expect(store.getToken('uat')).toBe('typed');
    store.clearToken('production');
    expect(store.getToken('production')).toBeNull();
    expect(env).toEqual({ QUOTEREADY_TOKEN: 'shared' });
  });
});
