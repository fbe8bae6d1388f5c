/**
 * @module
 * Migration 011 (PostgreSQL): each article's `tsvector` moves out of `articles` into a narrow
 * table of its own, beside copies of the columns search filters on (as SQLite's 009 did for its
 * filters). Counting and ranking a common word reads one row per match: here that row is a few
 * dozen bytes and a pointer to the vector, rather than an article row with its summary, so the
 * matches of a big database stay in cache. `search_body`, for snippets, stays on the article.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration011: PgMigration = {
  version: 11,
  name: 'search-table',
  sql: /* sql */ `
    CREATE TABLE article_search (
      id           text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
      status       text NOT NULL,
      published_at timestamptz,
      sort_at      timestamptz NOT NULL,
      section_slug text COLLATE "C",
      search       tsvector NOT NULL
    );
    INSERT INTO article_search (id, status, published_at, sort_at, section_slug, search)
      SELECT id, status, published_at, sort_at, section_slug, search FROM articles;
    CREATE INDEX article_search_vector ON article_search USING GIN (search);
    CREATE INDEX article_search_by_time ON article_search (sort_at, id);
    ALTER TABLE articles DROP COLUMN search;
  `,
};
