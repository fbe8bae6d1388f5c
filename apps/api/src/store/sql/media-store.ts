/**
 * @module
 * `MediaStore` on both databases.
 */
import type { MediaRecord, MediaStore, MediaType, MediaUse } from '../media-store.ts';
import { likePatterns } from '../media-search.ts';
import { type Db, isoTime } from './db.ts';

interface MediaRow {
  id: string;
  type: string;
  width: number;
  height: number;
  bytes: number | string;
  alt: string;
  caption: string | null;
  credit: string | null;
  created_by: string | null;
  created_at: string | Date;
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
  createdAt: isoTime(row.created_at),
});

const COLUMNS = 'id, type, width, height, bytes, alt, caption, credit, created_by, created_at';

/**
 * The media methods of a store over `db` (migrated to version 27 or later).
 *
 * @example
 * const store = { ...mediaStore(sqliteDb(db)), ...otherParts };
 */
export function mediaStore(db: Db): MediaStore {
  const get = async (id: string) => {
    const row = await db.get<MediaRow>(`SELECT ${COLUMNS} FROM media WHERE id = ?`, [id]);
    return row ? toMedia(row) : null;
  };
  return {
    createMedia: async (m) => {
      const created = await db.run(
        `INSERT INTO media (id, type, width, height, bytes, alt, caption, credit, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
        [m.id, m.type, m.width, m.height, m.bytes, m.alt, m.caption, m.credit, m.createdBy, m.createdAt],
      );
      return { media: (await get(m.id))!, created: created === 1 };
    },
    getMedia: get,
    listMedia: async ({ q, limit }) => {
      const patterns = likePatterns(q);
      const where = patterns.map(() => "(lower(alt) LIKE ? ESCAPE '\\' OR lower(COALESCE(caption, '')) LIKE ? ESCAPE '\\')");
      const rows = await db.all<MediaRow>(
        `SELECT ${COLUMNS} FROM media ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT ?`,
        [...patterns.flatMap((p) => [p, p]), limit],
      );
      return rows.map(toMedia);
    },
    updateMedia: async (id, patch) => {
      const current = await get(id);
      if (!current) return null;
      const next = { ...current, ...patch };
      await db.run('UPDATE media SET alt = ?, caption = ?, credit = ? WHERE id = ?', [next.alt, next.caption, next.credit, id]);
      return get(id);
    },
    deleteMedia: async (id) => {
      if (
        (await db.run('DELETE FROM media WHERE id = ? AND NOT EXISTS (SELECT 1 FROM article_media WHERE media_id = ?)', [id, id])) === 1
      ) {
        return 'deleted';
      }
      return (await db.get('SELECT 1 FROM media WHERE id = ?', [id])) ? 'in-use' : 'missing';
    },
    // The usage index (migration 027), kept with every article write: no document is read.
    mediaUsage: (id) =>
      db.all<MediaUse>(
        `SELECT a.slug, a.headline, a.status FROM article_media u JOIN articles a ON a.id = u.article_id
         WHERE u.media_id = ? ORDER BY a.sort_at DESC, a.id DESC`,
        [id],
      ),
  };
}
