/**
 * @module
 * Migration 031 (PostgreSQL): the shape stored summaries were written in, as SQLite's 031.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration031: PgMigration = {
  version: 31,
  name: 'summary-shape',
  sql: /* sql */ `
    CREATE TABLE summary_shape (
      id    integer PRIMARY KEY CHECK (id = 1),
      shape text NOT NULL
    );
  `,
};
