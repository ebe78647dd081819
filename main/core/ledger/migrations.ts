/**
 * Numbered, append-only migrations. A migration, once shipped, is never edited:
 * add the next number instead. `user_version` records how far a file has come.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: vehicles, their registration state, attempts, imports
  `
  CREATE TABLE vehicles (
    vin           TEXT PRIMARY KEY,
    mileage       INTEGER NOT NULL,
    stock_number  TEXT,
    year          TEXT,
    make          TEXT,
    model         TEXT,
    source_file   TEXT,
    source_row    INTEGER,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
  );
  CREATE INDEX vehicles_stock ON vehicles(stock_number);

  CREATE TABLE registrations (
    vin                TEXT PRIMARY KEY REFERENCES vehicles(vin) ON DELETE CASCADE,
    state              TEXT NOT NULL CHECK (state IN ('queued','registering','registered','rejected','waiting-retry','failed')),
    registered_mileage INTEGER,
    registered_at      INTEGER,
    expires_at         INTEGER,
    attempts           INTEGER NOT NULL DEFAULT 0,
    next_attempt_at    INTEGER,
    last_error         TEXT,
    queued_at          INTEGER,
    updated_at         INTEGER NOT NULL
  );
  CREATE INDEX registrations_due ON registrations(state, next_attempt_at, queued_at);
  CREATE INDEX registrations_expiry ON registrations(state, expires_at);

  CREATE TABLE attempts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    vin         TEXT NOT NULL,
    at          INTEGER NOT NULL,
    event       TEXT NOT NULL,
    http_status INTEGER,
    message     TEXT NOT NULL,
    detail      TEXT
  );
  CREATE INDEX attempts_vin ON attempts(vin, at);

  CREATE TABLE imports (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    file        TEXT NOT NULL,
    at          INTEGER NOT NULL,
    summary     TEXT NOT NULL
  );
  `,
  // 2: the last start price and plan list fetched per vehicle and location, for the
  // quick quote's instant answer and its offline fallback (never shown as binding).
  `
  CREATE TABLE quotes (
    vin         TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('start-price','plans')),
    location    TEXT NOT NULL,
    mileage     INTEGER NOT NULL,
    payload     TEXT NOT NULL,
    fetched_at  INTEGER NOT NULL,
    PRIMARY KEY (vin, kind, location)
  );
  `,
];
