/**
 * Opens (or creates) the ledger file and brings it to the latest migration.
 * WAL lets readers (status, the UI) look while the one writer (main) works;
 * synchronous=FULL because a registration recorded as done must survive a power cut.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './migrations.js';
import { InputError } from '../shared/errors.js';

export type Db = Database.Database;

export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    // busy_timeout first: a second process (the app and the CLI) waits for the lock instead of failing.
    db.pragma('busy_timeout = 10000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
      throw new InputError(
        `${file} is not a readable QuoteReady ledger (${(err as Error).message}). Nothing was changed: move the file aside to start a new ledger, or restore a backup of it.`,
        { file },
      );
    }
    if (code.startsWith('SQLITE_BUSY')) {
      throw new InputError(`${file} is held by another QuoteReady process for more than 10 s; close it or try again.`, { file });
    }
    throw err;
  }
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new InputError(
      `The ledger was written by a newer QuoteReady (schema ${current}, this one knows ${MIGRATIONS.length}). Update the app; nothing was changed.`,
    );
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
