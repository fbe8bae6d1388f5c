/**
 * @module
 * Migration 002: when each API token was last used, and names unique among live tokens so that
 * `dateline token revoke <name>` always means one token (a revoked name may be reused).
 */
import type { Migration } from '../migration-type.ts';

export const migration002: Migration = {
  version: 2,
  name: 'token-usage',
  sql: /* sql */ `
    ALTER TABLE api_tokens ADD COLUMN last_used_at TEXT;
    CREATE UNIQUE INDEX api_tokens_live_name ON api_tokens (name) WHERE revoked_at IS NULL;
  `,
};
