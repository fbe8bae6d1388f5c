/**
 * @module
 * Migration 013: the FTS5 index keeps no copy of the text it indexes. Until now every article's
 * headline, standfirst, names and body were stored twice, once in its document and once more in
 * `article_search` for the index to read back; that copy was four tenths of what an import wrote.
 * A contentless index (`contentless_delete`) drops rows by rowid alone, so nothing needs the copy:
 * snippets are made from the article's own body. `article_search_filters` now holds the row id
 * of each article in the index, and deleting an article deletes both.
 */
import type { Migration } from '../migration-type.ts';

const COLUMNS = 'headline, standfirst, people, tags, body';

export const migration013: Migration = {
  version: 13,
  name: 'contentless-search-index',
  sql: /* sql */ `
    CREATE TABLE article_search_rows (
      rid          INTEGER PRIMARY KEY,
      article_id   TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
      -- published_at when published, NULL otherwise
      visible_at   TEXT,
      sort_at      TEXT NOT NULL,
      section_slug TEXT
    ) STRICT;
    INSERT INTO article_search_rows (rid, article_id, visible_at, sort_at, section_slug)
      SELECT rid, article_id, visible_at, sort_at, section_slug FROM article_search_filters;

    DROP TRIGGER article_search_delete;
    DROP TABLE articles_fts;
    CREATE VIRTUAL TABLE articles_fts USING fts5 (
      ${COLUMNS},
      content = '', contentless_delete = 1,
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
    -- as migration 012 set for the index it replaces
    INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 67108864);
    INSERT INTO articles_fts (rowid, ${COLUMNS})
      SELECT s.rid, ${COLUMNS.split(', ')
        .map((c) => `s.${c}`)
        .join(', ')} FROM article_search s JOIN article_search_rows r ON r.rid = s.rid;

    -- the child first, so that dropping the parent deletes nothing through the foreign key
    DROP TABLE article_search_filters;
    DROP TABLE article_search_pending;
    DROP TABLE article_search;
    ALTER TABLE article_search_rows RENAME TO article_search_filters;
    CREATE TRIGGER article_search_delete AFTER DELETE ON article_search_filters BEGIN
      DELETE FROM articles_fts WHERE rowid = old.rid;
    END;
  `,
};
