/**
 * @module
 * Migration 022 (PostgreSQL): claims on the enrichment queue, as SQLite's 022.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration022: PgMigration = {
  version: 22,
  name: 'enrichment-claims',
  sql: /* sql */ `
    ALTER TABLE enrichment_queue ADD COLUMN claimed_until timestamptz;
  `,
};
