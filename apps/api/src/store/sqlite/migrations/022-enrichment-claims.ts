/**
 * @module
 * Migration 022: a queued article can be claimed by one worker for a while (`claimed_until`), so
 * several API processes work one enrichment queue without enriching a story twice; a claim whose
 * process died runs out and the article is taken up again.
 */
import type { Migration } from '../migration-type.ts';

export const migration022: Migration = {
  version: 22,
  name: 'enrichment-claims',
  sql: /* sql */ `
    ALTER TABLE enrichment_queue ADD COLUMN claimed_until TEXT;
  `,
};
