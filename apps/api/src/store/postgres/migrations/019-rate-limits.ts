/**
 * @module
 * Migration 019 (PostgreSQL): the comment rate limit's counts and salt, and token expiry, as SQLite's 019.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration019: PgMigration = {
  version: 19,
  name: 'rate-limits',
  sql: /* sql */ `
    CREATE TABLE rate_limit_hits (
      key          text NOT NULL,
      window_start bigint NOT NULL,
      hits         integer NOT NULL,
      PRIMARY KEY (key, window_start)
    );
    CREATE INDEX rate_limit_hits_window ON rate_limit_hits (window_start);
    CREATE TABLE rate_limit_salt (
      id   integer PRIMARY KEY CHECK (id = 1),
      salt text NOT NULL
    );
    INSERT INTO rate_limit_salt (id, salt) VALUES (1, replace(gen_random_uuid()::text, '-', ''));
    ALTER TABLE api_tokens ADD COLUMN expires_at timestamptz;
  `,
};
