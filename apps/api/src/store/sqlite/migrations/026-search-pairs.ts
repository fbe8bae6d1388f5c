/**
 * @module
 * Migration 026: nothing to change. PostgreSQL's 026 stores the pairs of words that follow each
 * other, so that its index finds phrases without reading positions; FTS5 reads phrases from its
 * own position lists. The number is taken so that both databases stay at the same schema version.
 */
import type { Migration } from '../migration-type.ts';

export const migration026: Migration = {
  version: 26,
  name: 'search-pairs',
  sql: 'SELECT 1',
};
