/**
 * @module
 * Migration 009: the filter columns of search (visibility, time, section) move out of
 * `article_search` into a narrow table of their own. Counting and ranking a common word reads
 * one of these rows per match; beside each body's text they cost a page read each, and a big
 * database no longer fits its cache.
 */
import type { Migration } from '../migration-type.ts';

export const migration009: Migration = {
  version: 9,
  name: 'search-filters',
  sql: /* sql */ `
    CREATE TABLE article_search_filters (
      rid          INTEGER PRIMARY KEY REFERENCES article_search (rid) ON DELETE CASCADE,
      article_id   TEXT NOT NULL,
      -- published_at when published, NULL otherwise
      visible_at   TEXT,
      sort_at      TEXT NOT NULL,
      section_slug TEXT
    ) STRICT;
    INSERT INTO article_search_filters (rid, article_id, visible_at, sort_at, section_slug)
      SELECT rid, article_id, visible_at, sort_at, section_slug FROM article_search;
    ALTER TABLE article_search DROP COLUMN visible_at;
    ALTER TABLE article_search DROP COLUMN sort_at;
    ALTER TABLE article_search DROP COLUMN section_slug;
  `,
};
