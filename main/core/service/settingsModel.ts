/**
 * The settings rules both stores share (electron-store in the app, conf in the CLI and the
 * browser harness; electron-store is built on conf, so both are "a JSON file with a .store").
 * Load: a file that is not JSON is set aside and replaced by defaults; a field with a bad
 * value is reset to its default (the file is backed up first); missing fields get defaults.
 * Update: a bad value throws InputError naming the field, and nothing is written.
 */
import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { settingsSchema } from '../../../preload/contract.js';
import { InputError } from '../shared/errors.js';
import { createLogger } from '../shared/logger.js';
import { DEFAULT_SETTINGS, type Settings, type SettingsStore } from './hostPorts.js';

const log = createLogger('settings');

/** Both hosts keep settings in `<dataDir>/settings.json`, so the CLI and the app share them. */
export const SETTINGS_CONFIG_NAME = 'settings';
export const settingsFile = (dataDir: string) => join(dataDir, `${SETTINGS_CONFIG_NAME}.json`);

type Key = keyof Settings;
const KEYS = Object.keys(settingsSchema.shape) as Key[];

/** "HH:MM" on a 24-hour clock (the contract's regex alone would let 27:90 through). */
export function isClockTime(value: string): boolean {
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  return m !== null && Number(m[1]) < 24 && Number(m[2]) < 60;
}

function fieldProblem(key: Key, value: unknown): { field: string; message: string } | null {
  const parsed = settingsSchema.shape[key].safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { field: [key, ...(issue?.path ?? []).map(String)].join('.'), message: issue?.message ?? 'invalid value' };
  }
  if (key === 'offPeak') {
    const offPeak = parsed.data as Settings['offPeak'];
    for (const end of ['start', 'end'] as const) {
      if (!isClockTime(offPeak[end])) return { field: `offPeak.${end}`, message: 'must be a time between 00:00 and 23:59' };
    }
  }
  return null;
}

export interface NormalizedSettings {
  settings: Settings;
  /** Fields whose stored value was invalid and were reset to their default. */
  invalidFields: string[];
}

export function normalizeStoredSettings(raw: unknown): NormalizedSettings {
  const source = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  if (!source) return { settings: structuredClone(DEFAULT_SETTINGS), invalidFields: raw === undefined ? [] : ['(whole file)'] };
  const settings: Record<string, unknown> = {};
  const invalidFields: string[] = [];
  for (const key of KEYS) {
    const value = source[key];
    if (value === undefined) {
      settings[key] = structuredClone(DEFAULT_SETTINGS[key]);
    } else if (fieldProblem(key, value)) {
      invalidFields.push(key);
      settings[key] = structuredClone(DEFAULT_SETTINGS[key]);
    } else {
      settings[key] = settingsSchema.shape[key].parse(value);
    }
  }
  return { settings: settings as Settings, invalidFields };
}

/** Validates a patch; throws InputError naming the first bad field. */
export function validateSettingsPatch(patch: unknown): Partial<Settings> {
  const parsed = settingsSchema.partial().strict().safeParse(patch);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const unknownKeys = issue?.code === 'unrecognized_keys' ? issue.keys : [];
    const field = unknownKeys[0] ?? ((issue?.path ?? []).map(String).join('.') || 'settings');
    const message = unknownKeys.length ? `"${field}" is not a setting.` : `Setting "${field}": ${issue?.message ?? 'invalid value'}.`;
    throw new InputError(message, { field, issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) });
  }
  for (const key of Object.keys(parsed.data) as Key[]) {
    const problem = fieldProblem(key, parsed.data[key]);
    if (problem) throw new InputError(`Setting "${problem.field}": ${problem.message}.`, { field: problem.field });
  }
  return parsed.data;
}

/** A file that is not valid JSON is renamed aside; returns the backup path, or null. */
export function setAsideUnreadableFile(file: string): string | null {
  if (!existsSync(file)) return null;
  try {
    JSON.parse(readFileSync(file, 'utf8'));
    return null;
  } catch {
    const backup = `${file}.corrupt-${Date.now()}`;
    renameSync(file, backup);
    log.warn('the settings file was not readable; it was set aside and defaults are used', { backup });
    return backup;
  }
}

/** What both conf and electron-store offer: the whole object, read and written at once. */
export interface JsonStoreBackend {
  store: Record<string, unknown>;
  readonly path: string;
}

/** The SettingsStore over a conf-like backend. Call setAsideUnreadableFile before creating the backend. */
export function createSettingsStoreOver(backend: JsonStoreBackend): SettingsStore {
  const raw = existsSync(backend.path) ? backend.store : undefined;
  const { settings, invalidFields } = normalizeStoredSettings(raw);
  if (invalidFields.length > 0) {
    const backup = `${backend.path}.invalid-${Date.now()}`;
    copyFileSync(backend.path, backup);
    log.warn('some settings were invalid and were reset to their defaults', { fields: invalidFields, backup });
  }
  // conf hands back a null-prototype object; compare contents only.
  if (!isDeepStrictEqual(raw === undefined ? raw : { ...raw }, settings)) backend.store = { ...settings };
  let current = settings;

  return {
    get: () => structuredClone(current),
    update(patch) {
      const valid = validateSettingsPatch(patch);
      const next: Settings = { ...current, ...valid };
      backend.store = { ...next };
      current = next;
      return structuredClone(current);
    },
  };
}
