/**
 * @module
 * The PostgreSQL implementation of `MediaStore`.
 */
import type { MediaRecord, MediaStore, MediaType, MediaUse } from '../media-store.ts';
import { likePatterns } from '../media-search.ts';
import { and, type Sql } from './connection.ts';

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
  created_at: Date;
}

const toMedia = (row: MediaRow): MediaRecord => ({
  id: row.id,
  type: row.type as MediaType,
  width: row.width,
  height: row.height,
  bytes: row.bytes,
  alt: row.alt,
  caption: row.caption,
  credit: row.credit,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
});

/**
 * The media methods of the PostgreSQL store, over `sql`.
 *
 * @example
 * const store = { ...postgresMediaStore(sql), ...otherParts };
 */
export function postgresMediaStore(sql: Sql): MediaStore {
  const get = async (id: string) => {
    const [row] = await sql<MediaRow[]>`SELECT * FROM media WHERE id = ${id}`;
    return row ? toMedia(row) : null;
  };
  return {
    createMedia: async (m) => {
      const inserted = await sql`
        INSERT INTO media (id, type, width, height, bytes, alt, caption, credit, created_by, created_at)
        VALUES (${m.id}, ${m.type}, ${m.width}, ${m.height}, ${m.bytes}, ${m.alt}, ${m.caption}, ${m.credit}, ${m.createdBy}, ${m.createdAt})
        ON CONFLICT (id) DO NOTHING`;
      return { media: (await get(m.id))!, created: inserted.count === 1 };
    },
    getMedia: get,
    listMedia: async ({ q, limit }) => {
      const where = likePatterns(q).map((p) => sql`(lower(alt) LIKE ${p} OR lower(COALESCE(caption, '')) LIKE ${p})`);
      const rows = await sql<MediaRow[]>`
        SELECT * FROM media WHERE ${and(sql, where)} ORDER BY created_at DESC, id DESC LIMIT ${limit}`;
      return rows.map(toMedia);
    },
    updateMedia: async (id, patch) => {
      const current = await get(id);
      if (!current) return null;
      const next = { ...current, ...patch };
      await sql`UPDATE media SET alt = ${next.alt}, caption = ${next.caption}, credit = ${next.credit} WHERE id = ${id}`;
      return get(id);
    },
    deleteMedia: async (id) => (await sql`DELETE FROM media WHERE id = ${id}`).count === 1,
    mediaUsage: async (id) =>
      // The usage index (migration 027), kept with every article write: no document is read.
      [
        ...(await sql<MediaUse[]>`
          SELECT a.slug, a.headline, a.status FROM article_media u JOIN articles a ON a.id = u.article_id
          WHERE u.media_id = ${id} ORDER BY a.sort_at DESC, a.id DESC`),
      ],
  };
}
