/**
 * @module
 * Migration 018: the media library. One row per stored picture, keyed by the SHA-256 of the file
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
  `,
};
