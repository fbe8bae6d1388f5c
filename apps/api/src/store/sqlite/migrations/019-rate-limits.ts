/**
 * @module
 * Migration 019: the comment rate limit's counts move into the database, so that every API
 * process on it counts a client's comments together: hits per client key and minute, and the
 * random salt with which client addresses are hashed into keys (the same for every process).
 * And API tokens may expire: `expires_at`, null for a token that does not.
 */
import type { Migration } from '../migration-type.ts';

export const migration019: Migration = {
  version: 19,
  name: 'rate-limits',
  sql: /* sql */ `
    CREATE TABLE rate_limit_hits (
      key          TEXT NOT NULL,
      window_start INTEGER NOT NULL,
      hits         INTEGER NOT NULL,
      PRIMARY KEY (key, window_start)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX rate_limit_hits_window ON rate_limit_hits (window_start);
    CREATE TABLE rate_limit_salt (
      id   INTEGER PRIMARY KEY CHECK (id = 1),
      salt TEXT NOT NULL
    ) STRICT;
    INSERT INTO rate_limit_salt (id, salt) VALUES (1, lower(hex(randomblob(16))));
    ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
  `,
};
