/**
 * @module
 * Migration 012 (PostgreSQL): nothing to change. SQLite's 012 lets its full-text index gather a
 * whole import batch in memory before writing it; the GIN index here has its own pending list.
 * The number is taken so that both databases stay at the same schema version.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration012: PgMigration = {
  version: 12,
  name: 'search-index-memory',
  sql: 'SELECT 1',
};
