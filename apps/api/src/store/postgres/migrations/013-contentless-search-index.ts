/**
 * @module
 * Migration 013 (PostgreSQL): nothing to change. SQLite's 013 stops storing a second copy of each
 * article's text for its full-text index; here the index never held one (`article_search` keeps
 * only the `tsvector`). The number is taken so that both databases stay at the same schema version.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration013: PgMigration = {
  version: 13,
  name: 'contentless-search-index',
  sql: 'SELECT 1',
};
