/**
 * @module
 * Migration 033: nothing to change. PostgreSQL's 033 keeps a second copy of each search vector,
 * stored inline for ranking; FTS5 ranks from its own index. The number is taken so that both
 * databases stay at the same schema version.
 */
import type { Migration } from '../migration-type.ts';

export const migration033: Migration = {
  version: 33,
  name: 'search-rank-vectors',
  sql: 'SELECT 1',
};
