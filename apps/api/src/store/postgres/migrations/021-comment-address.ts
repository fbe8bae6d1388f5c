/**
 * @module
 * Migration 021 (PostgreSQL): the client address a comment came from, as SQLite's 021.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration021: PgMigration = {
  version: 21,
  name: 'comment-address',
  sql: /* sql */ `
    ALTER TABLE comments ADD COLUMN client_address text;
  `,
};
