/**
 * @module
 * Migration 011: nothing to change. PostgreSQL's 011 moves its search vectors to a narrow table
 * of their own, as 009 did here for the filter columns beside the FTS5 index. The number is taken
 * so that both databases stay at the same schema version.
 */
import type { Migration } from '../migration-type.ts';

export const migration011: Migration = {
  version: 11,
  name: 'search-table',
  sql: 'SELECT 1',
};
