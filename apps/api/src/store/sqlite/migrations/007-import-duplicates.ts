/**
 * @module
 * Migration 007: the sources an import found to be duplicates. A file whose story another
 * article already tells is not stored, but its import key is remembered here with the article it
 * repeats, so importing the same file again is `unchanged` rather than a duplicate once more.
 */
import type { Migration } from '../migration-type.ts';

export const migration007: Migration = {
  version: 7,
  name: 'import-duplicates',
  sql: /* sql */ `
    CREATE TABLE import_duplicates (
      import_key    TEXT PRIMARY KEY,
      -- the article that tells the same story; forgetting it forgets the duplicate too
      article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      -- everything the duplicate supplied: a change to it is looked at afresh
      revision_hash TEXT NOT NULL
    ) STRICT;
    CREATE INDEX import_duplicates_by_article ON import_duplicates (article_id);
  `,
};
