/**
 * Column mappings the user chose, remembered per header signature (importer's
 * headerSignature), so next week's export of the same DMS report maps itself. A small
 * JSON file in the data folder, rewritten whole through a temporary file and a rename,
 * so a crash leaves the old file or the new one, never half of one. Kept to the most
 * recently used entries; a damaged file is set aside and memory starts empty.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MAPPED_COLUMNS, type ColumnMapping, type ColumnOverrides } from '../importer/index.js';
import { createLogger } from '../shared/logger.js';

const log = createLogger('mapping-memory');

export const MAPPINGS_FILE = 'import-mappings.json';
const MAX_ENTRIES = 200;

interface Entry {
  /** Column per field; -1 = "this file has no such column" (kept, so it is not detected again). */
  columns: Record<string, number>;
  headers: string[];
  usedAt: number;
}

interface Stored {
  version: 1;
  mappings: Record<string, Entry>;
}

export class MappingMemory {
  private stored: Stored | undefined;
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, MAPPINGS_FILE);
  }

  private load(): Stored {
    if (this.stored) return this.stored;
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Stored;
      if (parsed?.version !== 1 || typeof parsed.mappings !== 'object') throw new Error('unknown format');
      this.stored = parsed;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') {
        log.warn('remembered mappings unreadable; starting empty', { error: err instanceof Error ? err.message : String(err) });
        try {
          renameSync(this.file, `${this.file}.bad-${Date.now()}`);
        } catch {
          // Nothing to set aside.
        }
      }
      this.stored = { version: 1, mappings: {} };
    }
    return this.stored;
  }

  /** Every remembered mapping, as importer overrides keyed by signature. */
  all(): Record<string, ColumnOverrides> {
    const out: Record<string, ColumnOverrides> = {};
    for (const [signature, entry] of Object.entries(this.load().mappings)) out[signature] = { ...entry.columns };
    return out;
  }

  /** Remember the mapping used for a file with these headers (the user committed it). */
  remember(signature: string, headers: readonly string[], mapping: ColumnMapping, now: number): void {
    const stored = this.load();
    const columns = Object.fromEntries(MAPPED_COLUMNS.map((field) => [field, mapping[field] ?? -1]));
    stored.mappings[signature] = { columns, headers: [...headers], usedAt: now };
    const entries = Object.entries(stored.mappings).sort(([, a], [, b]) => b.usedAt - a.usedAt);
    stored.mappings = Object.fromEntries(entries.slice(0, MAX_ENTRIES));
    this.save(stored);
  }

  private save(stored: Stored): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(stored));
    renameSync(tmp, this.file);
  }
}
