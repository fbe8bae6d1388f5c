/**
 * @module
 * Migration 008: the people, places and organisations articles name, and quotations. An entity is
 * unique by type and slug (a place and a football club may share the name "Chelsea").
 * `article_mentions` and `quotes` index what each article's document says, written in the same
 * transaction; `entity_corrections` keeps editors' corrections, applied again whenever the article
 * is enriched; `enrichment_queue` holds the articles still to enrich (every article stored before
 * this migration, to begin with), worked through by `dateline enrich` or the server's worker.
 */
import type { Migration } from '../migration-type.ts';

export const migration008: Migration = {
  version: 8,
  name: 'entities',
  sql: /* sql */ `
    CREATE TABLE entities (
      id      INTEGER PRIMARY KEY,
      type    TEXT NOT NULL CHECK (type IN ('person', 'place', 'organization')),
      slug    TEXT NOT NULL,
      name    TEXT NOT NULL,
      -- a JSON array of the other names editors renamed into it
      aliases TEXT NOT NULL DEFAULT '[]',
      UNIQUE (type, slug)
    ) STRICT;
    CREATE INDEX entities_by_slug ON entities (slug);

    CREATE TABLE article_mentions (
      article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      entity_id    INTEGER NOT NULL REFERENCES entities (id),
      -- place in the article's list, most named first
      position     INTEGER NOT NULL,
      count        INTEGER NOT NULL CHECK (count > 0),
      first_block  INTEGER NOT NULL,
      first_offset INTEGER NOT NULL,
      PRIMARY KEY (article_id, entity_id)
    ) STRICT;
    CREATE INDEX article_mentions_by_entity ON article_mentions (entity_id, article_id);

    CREATE TABLE quotes (
      article_id        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      -- index in the article's quotes
      position          INTEGER NOT NULL,
      -- the mention the speaker's slug joins to, when there is one
      speaker_entity_id INTEGER REFERENCES entities (id),
      speaker_name      TEXT,
      speaker_slug      TEXT,
      role              TEXT,
      block             INTEGER NOT NULL,
      kind              TEXT NOT NULL CHECK (kind IN ('direct', 'partial')),
      text              TEXT NOT NULL,
      PRIMARY KEY (article_id, position)
    ) STRICT;
    CREATE INDEX quotes_by_speaker ON quotes (speaker_slug);

    CREATE TABLE entity_corrections (
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      seq        INTEGER NOT NULL,
      -- one EntityCorrection as JSON (see entity-corrections.ts)
      correction TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (article_id, seq)
    ) STRICT;

    -- articles whose people, places and quotations are still to be found: written without them
    -- (a bulk import, ENRICH=off) or stored before this migration; a row goes only in the
    -- transaction that stores the article's enrichment
    CREATE TABLE enrichment_queue (
      article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
      queued_at  TEXT NOT NULL,
      attempts   INTEGER NOT NULL DEFAULT 0,
      last_error TEXT
    ) STRICT;
    INSERT INTO enrichment_queue (article_id, queued_at) SELECT id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM articles;
  `,
};
