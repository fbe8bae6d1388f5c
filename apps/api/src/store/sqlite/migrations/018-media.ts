/**
 * @module
 * Migration 018: the media library, blocked commenters, and entities merged across stories. One row per stored picture, keyed by the SHA-256 of the file
 * as uploaded, so the same picture is kept once; its renditions live in the media storage (a
 * folder or a bucket), named after that hash, not in the database.
 */
import type { Migration } from '../migration-type.ts';

export const migration018: Migration = {
  version: 18,
  name: 'media-blocks-merges',
  sql: /* sql */ `
    CREATE TABLE media (
      id         TEXT PRIMARY KEY,
      -- the decoded format: image/jpeg, image/png, image/webp, image/avif or image/gif
      type       TEXT NOT NULL,
      -- after orientation is applied, as readers see it
      width      INTEGER NOT NULL,
      height     INTEGER NOT NULL,
      bytes      INTEGER NOT NULL,
      alt        TEXT NOT NULL DEFAULT '',
      caption    TEXT,
      credit     TEXT,
      created_by TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX media_created ON media (created_at DESC, id DESC);

    -- commenters whose new comments are held for a moderator, by e-mail address (lower case) or
    -- by client address (as the API sees it, after TRUST_PROXY)
    CREATE TABLE comment_blocks (
      id         TEXT PRIMARY KEY,
      kind       TEXT NOT NULL CHECK (kind IN ('email', 'address')),
      value      TEXT NOT NULL,
      reason     TEXT,
      created_by TEXT,
      created_at TEXT NOT NULL,
      UNIQUE (kind, value)
    ) STRICT;

    -- entities merged into another across every story ("Putin" into "Vladimir Putin"): applied
    -- after each article's own corrections whenever its mentions are written, so enrichment
    -- cannot undo them
    CREATE TABLE entity_merges (
      type       TEXT NOT NULL,
      from_slug  TEXT NOT NULL,
      from_name  TEXT NOT NULL,
      to_slug    TEXT NOT NULL,
      to_name    TEXT NOT NULL,
      created_by TEXT,
      created_at TEXT NOT NULL,
      PRIMARY KEY (type, from_slug)
    ) STRICT;
  `,
};
