/**
 * @module
 * Migration 001 (PostgreSQL): the same tables as SQLite's 001. Times are `timestamptz`; ids and
 * slugs compare byte by byte (`COLLATE "C"`) so that cursor order matches SQLite's whatever the
 * database's locale. Documents stay `json` text, keeping the key order the API serves.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration001: PgMigration = {
  version: 1,
  name: 'initial',
  sql: /* sql */ `
    CREATE TABLE sections (
      slug text COLLATE "C" PRIMARY KEY,
      name text NOT NULL
    );

    CREATE TABLE articles (
      id           text COLLATE "C" PRIMARY KEY,
      slug         text COLLATE "C" NOT NULL UNIQUE,
      status       text NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
      published_at timestamptz,
      sort_at      timestamptz NOT NULL,
      created_at   timestamptz NOT NULL,
      updated_at   timestamptz NOT NULL,
      section_slug text COLLATE "C" REFERENCES sections (slug),
      headline     text NOT NULL,
      content_hash text NOT NULL,
      summary      json NOT NULL,
      document     json NOT NULL
    );
    CREATE INDEX articles_by_time ON articles (sort_at, id);
    CREATE INDEX articles_public ON articles (status, sort_at, id, published_at);
    CREATE INDEX articles_by_section ON articles (section_slug, sort_at, id);
    CREATE INDEX articles_by_content_hash ON articles (content_hash);

    CREATE TABLE authors (
      slug text COLLATE "C" PRIMARY KEY,
      name text NOT NULL,
      bio  text,
      url  text
    );

    CREATE TABLE article_authors (
      article_id  text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      position    integer NOT NULL,
      author_slug text COLLATE "C" NOT NULL REFERENCES authors (slug),
      PRIMARY KEY (article_id, position)
    );
    CREATE INDEX article_authors_by_author ON article_authors (author_slug);

    CREATE TABLE tags (
      slug text COLLATE "C" PRIMARY KEY,
      name text NOT NULL
    );

    CREATE TABLE article_tags (
      article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      tag_slug   text COLLATE "C" NOT NULL REFERENCES tags (slug),
      position   integer NOT NULL,
      PRIMARY KEY (article_id, tag_slug)
    );
    CREATE INDEX article_tags_by_tag ON article_tags (tag_slug);

    CREATE TABLE sources (
      article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      position   integer NOT NULL,
      name       text NOT NULL,
      url        text,
      PRIMARY KEY (article_id, position)
    );

    CREATE TABLE comments (
      id          text COLLATE "C" PRIMARY KEY,
      article_id  text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      parent_id   text COLLATE "C" REFERENCES comments (id) ON DELETE CASCADE,
      author_name text NOT NULL,
      email       text,
      body        text NOT NULL,
      status      text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'spam')),
      created_at  timestamptz NOT NULL
    );
    CREATE INDEX comments_by_article ON comments (article_id, status, created_at);
    CREATE INDEX comments_by_parent ON comments (parent_id);

    CREATE TABLE api_tokens (
      id         text COLLATE "C" PRIMARY KEY,
      name       text NOT NULL,
      role       text NOT NULL,
      hash       text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL,
      revoked_at timestamptz
    );
  `,
};
