/**
 * @module
 * Migration 008 (PostgreSQL): people, places, organisations, quotations, editors' corrections and
 * the enrichment queue, as SQLite's 008.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration008: PgMigration = {
  version: 8,
  name: 'entities',
  sql: /* sql */ `
    CREATE TABLE entities (
      id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      type    text NOT NULL CHECK (type IN ('person', 'place', 'organization')),
      slug    text COLLATE "C" NOT NULL,
      name    text NOT NULL,
      aliases jsonb NOT NULL DEFAULT '[]',
      UNIQUE (type, slug)
    );
    CREATE INDEX entities_by_slug ON entities (slug);

    CREATE TABLE article_mentions (
      article_id   text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      entity_id    bigint NOT NULL REFERENCES entities (id),
      position     integer NOT NULL,
      count        integer NOT NULL CHECK (count > 0),
      first_block  integer NOT NULL,
      first_offset integer NOT NULL,
      PRIMARY KEY (article_id, entity_id)
    );
    CREATE INDEX article_mentions_by_entity ON article_mentions (entity_id, article_id);

    CREATE TABLE quotes (
      article_id        text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      position          integer NOT NULL,
      speaker_entity_id bigint REFERENCES entities (id),
      speaker_name      text,
      speaker_slug      text COLLATE "C",
      role              text,
      block             integer NOT NULL,
      kind              text NOT NULL CHECK (kind IN ('direct', 'partial')),
      text              text NOT NULL,
      PRIMARY KEY (article_id, position)
    );
    CREATE INDEX quotes_by_speaker ON quotes (speaker_slug);

    CREATE TABLE entity_corrections (
      article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      seq        integer NOT NULL,
      correction jsonb NOT NULL,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (article_id, seq)
    );

    CREATE TABLE enrichment_queue (
      article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
      queued_at  timestamptz NOT NULL,
      attempts   integer NOT NULL DEFAULT 0,
      last_error text
    );
    INSERT INTO enrichment_queue (article_id, queued_at) SELECT id, now() FROM articles;
  `,
};
