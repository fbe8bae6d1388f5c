/**
 * @module
 * Migration 002 (PostgreSQL): when each API token was last used, and names unique among live
 * tokens, as SQLite's 002.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration002: PgMigration = {
  version: 2,
  name: 'token-usage',
  sql: /* sql */ `
    ALTER TABLE api_tokens ADD COLUMN last_used_at timestamptz;
    CREATE UNIQUE INDEX api_tokens_live_name ON api_tokens (name) WHERE revoked_at IS NULL;
  `,
};
