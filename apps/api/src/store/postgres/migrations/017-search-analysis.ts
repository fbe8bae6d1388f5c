/**
 * @module
 * Migration 017 (PostgreSQL): every article's search vector is made again by the analysis both
 * databases now share (see search-analysis.ts) instead of PostgreSQL's `english` configuration,
 * which dropped stop words, kept accents and stemmed by other rules, so a query found different
 * stories here than on SQLite. Rows are rewritten in batches of 500, in one statement each.
 */
import type { Article } from '@dateline/model';
import { searchVectorLiteral } from '../../search-analysis.ts';
import { searchText } from '../../search-text.ts';
import { json } from '../article-insert.ts';
import type { PgMigration } from '../migration-type.ts';

export const migration017: PgMigration = {
  version: 17,
  name: 'search-analysis',
  sql: 'SELECT 1',
  backfill: async (sql) => {
    for (let after = ''; ; ) {
      const rows = await sql<{ id: string; document: Article }[]>`
        SELECT a.id, a.document FROM articles a JOIN article_search s ON s.id = a.id WHERE a.id > ${after} ORDER BY a.id LIMIT 500`;
      if (rows.length === 0) return;
      const vectors = rows.map((row) => ({ id: row.id, vector: searchVectorLiteral(searchText(row.document)) }));
      await sql`
        UPDATE article_search s SET search = v.vector::tsvector
        FROM json_to_recordset(${json(vectors)}::text::json) AS v (id text, vector text) WHERE s.id = v.id`;
      after = rows.at(-1)!.id;
    }
  },
};
