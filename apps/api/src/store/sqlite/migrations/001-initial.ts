/**
 * @module
 * Migration 001: articles with their people, sections, tags and sources, plus the comment and
 * token tables the later routes need.
 *
 * Timestamps are ISO 8601 text normalised to UTC with milliseconds (`toISOString()`), so text
 * order is time order. Each article's full JSON sits in `document` for one-read fetches; the other
 * columns exist for filtering, ordering and joins.
 */
import type { Migration } from '../migration-type.ts';

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  sql: /* sql */ `
    CREATE TABLE sections (
      slug TEXT PRIMARY KEY,
      name TEXT NOT NULL
    ) STRICT;

    CREATE TABLE articles (
      id           TEXT PRIMARY KEY,
      slug         TEXT NOT NULL UNIQUE,
      status       TEXT NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
      -- null for a draft never published
      published_at TEXT,
      -- listing key: published_at, or created_at for drafts, so every row has a place in the order
      sort_at      TEXT NOT NULL,
      created_at   TEXT NOT NULL,
      updated_at   TEXT NOT NULL,
      section_slug TEXT REFERENCES sections (slug),
      headline     TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      summary      TEXT NOT NULL,
      document     TEXT NOT NULL
    ) STRICT;
    CREATE INDEX articles_by_time ON articles (sort_at, id);
    -- the public listing and its count: status by equality, then in listing order, with the
    -- publication time in the index so the visibility check needs no table read
    CREATE INDEX articles_public ON articles (status, sort_at, id, published_at);
    CREATE INDEX articles_by_section ON articles (section_slug, sort_at, id);
    CREATE INDEX articles_by_content_hash ON articles (content_hash);

    CREATE TABLE authors (
      slug TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      bio  TEXT,
      url  TEXT
    ) STRICT;

    CREATE TABLE article_authors (
      article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      author_slug TEXT NOT NULL REFERENCES authors (slug),
      PRIMARY KEY (article_id, position)
    ) STRICT;
    CREATE INDEX article_authors_by_author ON article_authors (author_slug);

    CREATE TABLE tags (
      slug TEXT PRIMARY KEY,
      name TEXT NOT NULL
    ) STRICT;

    CREATE TABLE article_tags (
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      tag_slug   TEXT NOT NULL REFERENCES tags (slug),
      position   INTEGER NOT NULL,
      PRIMARY KEY (article_id, tag_slug)
    ) STRICT;
    CREATE INDEX article_tags_by_tag ON article_tags (tag_slug);

    CREATE TABLE sources (
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      position   INTEGER NOT NULL,
      name       TEXT NOT NULL,
      url        TEXT,
      PRIMARY KEY (article_id, position)
    ) STRICT;

    CREATE TABLE comments (
      id          TEXT PRIMARY KEY,
      article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      parent_id   TEXT REFERENCES comments (id) ON DELETE CASCADE,
      author_name TEXT NOT NULL,
      -- for moderators only; never served publicly
      email       TEXT,
      body        TEXT NOT NULL,
      status      TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'spam')),
      created_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX comments_by_article ON comments (article_id, status, created_at);
    CREATE INDEX comments_by_parent ON comments (parent_id);

    CREATE TABLE api_tokens (
      id         TEXT PRIMARY KEY,
      name       TEXT NOT NULL,
      -- roles are defined by the token work; left unconstrained so adding one needs no table rebuild
      role       TEXT NOT NULL,
      -- a hash of the secret; the secret itself is never stored
      hash       TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL,
      revoked_at TEXT
    ) STRICT;
  `,
};
