/**
 * @module
 * Migration 027: the media usage index. One row per library picture and article that shows it
 * (lead image, body image or an address of a rendition in its text), written in the same
 * transaction as the article, so "where is this picture used" and the check before a picture is
 * deleted look up an index instead of reading every story's document. There is no foreign key
 * to `media`: a document may name a picture the library no longer has, and that use still counts.
 * Existing articles are read once here to fill it.
 */
import type { DatabaseSync } from 'node:sqlite';
import { mediaIdsOf } from '../../media-uses.ts';
import type { Migration } from '../migration-type.ts';

/** Fills the index from every stored document, one article at a time. */
function backfill(db: DatabaseSync): void {
  const insert = db.prepare('INSERT OR IGNORE INTO article_media (media_id, article_id) VALUES (?, ?)');
  // Only documents that mention the media path at all are parsed.
  const rows = db.prepare("SELECT id, document FROM articles WHERE instr(document, '/media/') > 0 OR instr(document, '\"media\"') > 0");
  for (const row of rows.iterate() as Iterable<{ id: string; document: string }>) {
    for (const mediaId of mediaIdsOf(JSON.parse(row.document))) insert.run(mediaId, row.id);
  }
}

export const migration027: Migration = {
  version: 27,
  name: 'media-usage',
  sql: /* sql */ `
    CREATE TABLE article_media (
      media_id   TEXT NOT NULL,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      PRIMARY KEY (media_id, article_id)
    ) STRICT, WITHOUT ROWID;
    -- an article's rows are replaced on every save and go when it is deleted
    CREATE INDEX article_media_by_article ON article_media (article_id);
  `,
  backfill,
};
