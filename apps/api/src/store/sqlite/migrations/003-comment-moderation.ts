/**
 * @module
 * Migration 003: what comment moderation needs. `content_hash` (of the normalised body) spots the
 * same text posted again on an article; `held_reason` tells moderators why a comment was held,
 * rejected or marked as spam on arrival. Comments stored before this migration have neither.
 *
 * Nothing derived from a reader's IP address is stored: the rate limit keeps its keys in memory.
 */
import type { Migration } from '../migration-type.ts';

export const migration003: Migration = {
  version: 3,
  name: 'comment-moderation',
  sql: /* sql */ `
    ALTER TABLE comments ADD COLUMN content_hash TEXT;
    ALTER TABLE comments ADD COLUMN held_reason TEXT;
    CREATE INDEX comments_by_content_hash ON comments (article_id, content_hash);
    -- the public threads: an article's approved top-level comments in (time, id) order
    CREATE INDEX comments_public_roots ON comments (article_id, created_at, id) WHERE parent_id IS NULL AND status = 'approved';
    -- the moderation queue: one status, newest first
    CREATE INDEX comments_by_status ON comments (status, created_at, id);
  `,
};
