/**
 * @module
 * Migration 034: nothing to change. PostgreSQL's 034 stores its ranking copy of each search vector
 * uncompressed; FTS5 ranks from its own index. The number is taken so that both databases stay at
 * the same schema version.
 */
import type { Migration } from '../migration-type.ts';

export const migration034: Migration = {
  version: 34,
  name: 'search-rank-uncompressed',
  sql: 'SELECT 1',
};
