/**
 * @module
 * Migration 009 (PostgreSQL): nothing to change. SQLite's 009 moves its search filter columns to
 * a narrow table; here they were always on the article's row, beside its `tsvector`. The number
 * is taken so that both databases stay at the same schema version.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration009: PgMigration = {
  version: 9,
  name: 'search-filters',
  sql: 'SELECT 1',
};
