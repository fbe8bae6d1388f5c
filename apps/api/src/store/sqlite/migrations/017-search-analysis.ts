/**
 * @module
 * Migration 017: nothing to change here. PostgreSQL's 017 makes its search vectors by the
 * analysis SQLite's FTS5 index already uses; the number is taken so that both databases stay at
 * the same schema version.
 */
import type { Migration } from '../migration-type.ts';

export const migration017: Migration = {
  version: 17,
  name: 'search-analysis',
  sql: 'SELECT 1;',
};
