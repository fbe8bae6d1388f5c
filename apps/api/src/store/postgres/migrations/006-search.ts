/**
 * @module
 * Migration 006 (PostgreSQL): full-text search, as SQLite's 006. Each article row carries its
 * weighted `tsvector` (GIN-indexed) and its body text for snippets; both are written with the
 * article in one statement's transaction, and computed here for articles already stored.
 */
import type { Article } from '@dateline/model';
import { searchText } from '../../search-text.ts';
import { writeSearchText } from '../search-vector.ts';
import type { PgMigration } from '../migration-type.ts';

export const migration006: PgMigration = {
  version: 6,
  name: 'search',
  sql: /* sql */ `
    ALTER TABLE articles ADD COLUMN search_body text NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN search tsvector NOT NULL DEFAULT ''::tsvector;
    CREATE INDEX articles_search ON articles USING GIN (search);
  `,
  backfill: async (sql) => {
    for (let after = ''; ; ) {
      const rows = await sql<
        { id: string; document: Article }[]
      >`SELECT id, document FROM articles WHERE id > ${after} ORDER BY id LIMIT 500`;
      if (rows.length === 0) return;
      for (const row of rows) await writeSearchText(sql, row.id, searchText(row.document));
      after = rows.at(-1)!.id;
    }
  },
};
