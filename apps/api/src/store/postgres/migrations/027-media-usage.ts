/**
 * @module
 * Migration 027 (PostgreSQL): the media usage index, as SQLite's 027, filled from the stored
 * documents a thousand articles at a time.
 */
import { mediaIdsOf } from '../../media-uses.ts';
import { json } from '../article-insert.ts';
import type { Sql } from '../connection.ts';
import type { PgMigration } from '../migration-type.ts';

const BATCH = 1000;

/** Fills the index from every stored document, in id order, a batch per round trip. */
async function backfill(sql: Sql): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await sql<{ id: string; document: Parameters<typeof mediaIdsOf>[0] }[]>`
      SELECT id, document FROM articles WHERE id > ${after} ORDER BY id LIMIT ${BATCH}`;
    if (rows.length === 0) return;
    const uses = rows.flatMap((r) => mediaIdsOf(r.document).map((mediaId) => ({ media_id: mediaId, article_id: r.id })));
    if (uses.length > 0) {
      await sql`INSERT INTO article_media (media_id, article_id)
        SELECT media_id, article_id FROM json_to_recordset(${json(uses)}::text::json) AS v (media_id text, article_id text)
        ON CONFLICT DO NOTHING`;
    }
    after = rows.at(-1)!.id;
  }
}

export const migration027: PgMigration = {
  version: 27,
  name: 'media-usage',
  sql: /* sql */ `
    CREATE TABLE article_media (
      media_id   text COLLATE "C" NOT NULL,
      article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      PRIMARY KEY (media_id, article_id)
    );
    CREATE INDEX article_media_by_article ON article_media (article_id);
  `,
  backfill,
};
