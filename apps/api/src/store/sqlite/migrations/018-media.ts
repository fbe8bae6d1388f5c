/**
 * @module
 * Migration 018: the media library, and blocked commenters. One row per stored picture, keyed by the SHA-256 of the file
 * as uploaded, so the same picture is kept once; its renditions live in the media storage (a
 * folder or a bucket), named after that hash, not in the database.
 */
import type { Migration } from '../migration.ts';

export const migration018: Migration = {
  version: 18,
  name: 'media',
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
  `,
};
