/**
 * @module
 * Migration 007 (PostgreSQL): the sources an import found to be duplicates, as SQLite's 007.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration007: PgMigration = {
  version: 7,
  name: 'import-duplicates',
  sql: /* sql */ `
    CREATE TABLE import_duplicates (
      import_key    text PRIMARY KEY,
      article_id    text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      revision_hash text NOT NULL
    );
    CREATE INDEX import_duplicates_by_article ON import_duplicates (article_id);
  `,
};
