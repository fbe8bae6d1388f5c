/**
 * @module
 * Migration 032 (PostgreSQL): the comments that still keep a client address, by age, as SQLite's 032.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration032: PgMigration = {
  version: 32,
  name: 'comment-address-age',
  sql: /* sql */ `
    CREATE INDEX comments_with_address ON comments (created_at) WHERE client_address IS NOT NULL;
  `,
};
