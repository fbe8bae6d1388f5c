/**
 * @module
 * Migration 005 (PostgreSQL): the identity of imported articles, as SQLite's 005: `import_key`,
 * `revision_hash` (the former hash of everything supplied), and `content_hash` recomputed as the
 * story hash of each stored document.
 */
import type { Article } from '@dateline/model';
import { storyHash } from '../../story-hash.ts';
import type { PgMigration } from '../migration-type.ts';

/** Documents read per round trip while recomputing hashes. */
const PAGE = 1000;

export const migration005: PgMigration = {
  version: 5,
  name: 'import-identity',
  sql: /* sql */ `
    ALTER TABLE articles ADD COLUMN import_key text;
    ALTER TABLE articles ADD COLUMN revision_hash text;
    UPDATE articles SET revision_hash = content_hash;
    CREATE UNIQUE INDEX articles_by_import_key ON articles (import_key);
  `,
  backfill: async (sql) => {
    let after = '';
    for (;;) {
      const rows = await sql<{ id: string; document: Article }[]>`
        SELECT id, document FROM articles WHERE id > ${after} ORDER BY id LIMIT ${PAGE}`;
      if (rows.length === 0) return;
      const values = rows.map((row) => [row.id, storyHash(row.document)]);
      await sql`UPDATE articles a SET content_hash = v.hash FROM (VALUES ${sql(values)}) AS v (id, hash) WHERE a.id = v.id`;
      after = rows.at(-1)!.id;
    }
  },
};
