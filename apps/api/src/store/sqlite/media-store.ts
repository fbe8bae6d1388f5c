/**
 * @module
 * The SQLite implementation of `MediaStore`.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { MediaRecord, MediaStore, MediaType, MediaUse } from '../media-store.ts';
import { likePatterns } from '../media-search.ts';

interface MediaRow {
  id: string;
  type: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  created_by: string | null;
  created_at: string;
}

const toMedia = (row: MediaRow): MediaRecord => ({
  id: row.id,
  type: row.type as MediaType,
  width: Number(row.width),
  height: Number(row.height),
  bytes: Number(row.bytes),
  alt: row.alt,
  caption: row.caption,
  credit: row.credit,
  createdBy: row.created_by,
  createdAt: row.created_at,
});

/**
 * The media methods of a store over `db` (migrated to version 27 or later).
 *
 * @example
 * const store = { ...sqliteMediaStore(db), ...otherParts };
 */
export function sqliteMediaStore(db: DatabaseSync): MediaStore {
  const get = (id: string) => {
    const row = db.prepare('SELECT * FROM media WHERE id = ?').get(id) as MediaRow | undefined;
    return row ? toMedia(row) : null;
  };
  return {
    createMedia: async (m) => {
      const result = db
        .prepare(
          `INSERT INTO media (id, type, width, height, bytes, alt, caption, credit, created_by, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
        )
        .run(m.id, m.type, m.width, m.height, m.bytes, m.alt, m.caption, m.credit, m.createdBy, m.createdAt);
      return { media: get(m.id)!, created: Number(result.changes) === 1 };
    },
    getMedia: async (id) => get(id),
    listMedia: async ({ q, limit }) => {
      const patterns = likePatterns(q);
      const where = patterns.map(() => "(lower(alt) LIKE ? ESCAPE '\\' OR lower(COALESCE(caption, '')) LIKE ? ESCAPE '\\')");
      const rows = db
        .prepare(`SELECT * FROM media ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT ?`)
        .all(...patterns.flatMap((p) => [p, p]), limit) as unknown as MediaRow[];
      return rows.map(toMedia);
    },
    updateMedia: async (id, patch) => {
      const current = get(id);
      if (!current) return null;
      const next = { ...current, ...patch };
      db.prepare('UPDATE media SET alt = ?, caption = ?, credit = ? WHERE id = ?').run(next.alt, next.caption, next.credit, id);
      return get(id);
    },
    deleteMedia: async (id) => Number(db.prepare('DELETE FROM media WHERE id = ?').run(id).changes) === 1,
    mediaUsage: async (id) =>
      // The usage index (migration 027), kept with every article write: no document is read.
      db
        .prepare(
          `SELECT a.slug, a.headline, a.status FROM article_media u JOIN articles a ON a.id = u.article_id
           WHERE u.media_id = ? ORDER BY a.sort_at DESC, a.id DESC`,
        )
        .all(id) as unknown as MediaUse[],
  };
}
