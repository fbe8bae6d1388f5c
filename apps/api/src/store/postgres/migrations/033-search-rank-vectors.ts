/**
 * @module
 * Migration 033 (PostgreSQL): each article's search vector again, in a table of its own where it
 * is stored inline (`STORAGE MAIN`), for ranking. `article_search` keeps its vector for the GIN
 * index, out of line so that its rows stay narrow for counting; ranking read that copy in about
 * four TOAST chunks a match, for up to 1,000 matches a search, which was most of a ranked
 * search's time. Here a match's vector is one heap page away. Scores are unchanged: the same
 * vector is ranked. See decision 029.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration033: PgMigration = {
  version: 33,
  name: 'search-rank-vectors',
  sql: /* sql */ `
    CREATE TABLE article_rank (
      id     text COLLATE "C" PRIMARY KEY REFERENCES article_search (id) ON DELETE CASCADE,
      search tsvector NOT NULL
    );
    -- Inline, compressed if that makes it fit; out of line only for a vector larger than a page.
    ALTER TABLE article_rank ALTER COLUMN search SET STORAGE MAIN;
    -- A server built without lz4 keeps pglz, as in migration 026.
    DO $$ BEGIN
      ALTER TABLE article_rank ALTER COLUMN search SET COMPRESSION lz4;
    EXCEPTION WHEN OTHERS THEN NULL;
    END $$;
    INSERT INTO article_rank (id, search) SELECT id, search FROM article_search;
  `,
};
