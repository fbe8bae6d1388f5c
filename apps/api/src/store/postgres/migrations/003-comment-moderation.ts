/**
 * @module
 * Migration 003 (PostgreSQL): what comment moderation needs, as SQLite's 003: the hash of the
 * normalised body (repeat detection), why a comment was held on arrival, and the indexes of the
 * public threads and the moderation queue.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration003: PgMigration = {
  version: 3,
  name: 'comment-moderation',
  sql: /* sql */ `
    ALTER TABLE comments ADD COLUMN content_hash text;
    ALTER TABLE comments ADD COLUMN held_reason text;
    CREATE INDEX comments_by_content_hash ON comments (article_id, content_hash);
    CREATE INDEX comments_public_roots ON comments (article_id, created_at, id) WHERE parent_id IS NULL AND status = 'approved';
    CREATE INDEX comments_by_status ON comments (status, created_at, id);
  `,
};
