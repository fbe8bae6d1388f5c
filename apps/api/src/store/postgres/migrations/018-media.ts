/**
 * @module
 * Migration 018 (PostgreSQL): the media library, blocked commenters and entity merges, as SQLite's 018.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration018: PgMigration = {
  version: 18,
  name: 'media-blocks-merges',
  sql: /* sql */ `
    CREATE TABLE media (
      id         text COLLATE "C" PRIMARY KEY,
      type       text NOT NULL,
      width      integer NOT NULL,
      height     integer NOT NULL,
      bytes      integer NOT NULL,
      alt        text NOT NULL DEFAULT '',
      caption    text,
      credit     text,
      created_by text,
      created_at timestamptz NOT NULL
    );
    CREATE INDEX media_created ON media (created_at DESC, id DESC);

    CREATE TABLE comment_blocks (
      id         text COLLATE "C" PRIMARY KEY,
      kind       text NOT NULL CHECK (kind IN ('email', 'address')),
      value      text NOT NULL,
      reason     text,
      created_by text,
      created_at timestamptz NOT NULL,
      UNIQUE (kind, value)
    );

    CREATE TABLE entity_merges (
      type       text NOT NULL,
      from_slug  text COLLATE "C" NOT NULL,
      from_name  text NOT NULL,
      to_slug    text COLLATE "C" NOT NULL,
      to_name    text NOT NULL,
      created_by text,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (type, from_slug)
    );
  `,
};
