/**
 * @module
 * Migration 026 (PostgreSQL): phrases are found by the index alone. Each article's search row
 * gains `pairs`, the hashes of every two words that follow each other in a field (see
 * `pairHash`), under a GIN index of its own. A phrase used to be found by reading the positions in the whole vector of every
 * article with all its words; for two common words that was most of the archive (a phrase search
 * took seconds at 20,000 stories). Large columns are compressed with lz4 where the server has it:
 * it writes about a quarter faster than pglz, and reads faster. See decision 029.
 */
import type { Article } from '@dateline/model';
import { searchVectorLiterals } from '../../search-analysis.ts';
import { searchText } from '../../search-text.ts';
import { json } from '../article-insert.ts';
import type { PgMigration } from '../migration-type.ts';

export const migration026: PgMigration = {
  version: 26,
  name: 'search-pairs',
  sql: /* sql */ `
    ALTER TABLE article_search ADD COLUMN pairs bigint[] NOT NULL DEFAULT '{}';
    -- A server built without lz4 keeps pglz: nothing else depends on it.
    DO $$ BEGIN
      ALTER TABLE article_search ALTER COLUMN search SET COMPRESSION lz4, ALTER COLUMN pairs SET COMPRESSION lz4;
      ALTER TABLE articles ALTER COLUMN document SET COMPRESSION lz4, ALTER COLUMN summary SET COMPRESSION lz4,
        ALTER COLUMN search_body SET COMPRESSION lz4;
    EXCEPTION WHEN OTHERS THEN NULL;
    END $$;
  `,
  backfill: async (sql) => {
    for (let after = ''; ; ) {
      const rows = await sql<{ id: string; document: Article }[]>`
        SELECT a.id, a.document FROM articles a JOIN article_search s ON s.id = a.id WHERE a.id > ${after} ORDER BY a.id LIMIT 500`;
      if (rows.length === 0) break;
      const pairs = rows.map((row) => ({ id: row.id, pairs: searchVectorLiterals(searchText(row.document)).pairs }));
      await sql`
        UPDATE article_search s SET pairs = v.pairs::bigint[]
        FROM json_to_recordset(${json(pairs)}::text::json) AS v (id text, pairs text) WHERE s.id = v.id`;
      after = rows.at(-1)!.id;
    }
    // Built once the rows are filled: faster than keeping it up to date row by row.
    await sql`CREATE INDEX article_search_pairs ON article_search USING GIN (pairs)`;
  },
};
