/**
 * @module
 * `FrontPageStore` on both databases.
 */
import { utc } from '../article-rows.ts';
import type { FrontPagePin, FrontPageStore } from '../front-page-store.ts';
import { type Db, isoTime, isoTimeOrNull } from './db.ts';

interface PinRow {
  slug: string;
  pinned_at: string | Date;
  pinned_by: string | null;
  until: string | Date | null;
}

const toPin = (r: PinRow): FrontPagePin => ({
  slug: r.slug,
  pinnedAt: isoTime(r.pinned_at),
  pinnedBy: r.pinned_by,
  until: isoTimeOrNull(r.until),
});

const SELECT = 'SELECT a.slug, p.pinned_at, p.pinned_by, p.until FROM front_page_pins p JOIN articles a ON a.id = p.article_id';

/**
 * The pin methods of a store over `db` (migrated to version 20 or later).
 *
 * @example
 * const store = { ...frontPageStore(sqliteDb(db)), ...otherParts };
 */
export function frontPageStore(db: Db): FrontPageStore {
  return {
    pinToFrontPage: async (slug, pin) => {
      const changed = await db.run(
        `INSERT INTO front_page_pins (article_id, pinned_at, pinned_by, until) SELECT id, ?, ?, ? FROM articles WHERE slug = ?
         ON CONFLICT (article_id) DO UPDATE SET pinned_at = excluded.pinned_at, pinned_by = excluded.pinned_by, until = excluded.until`,
        [utc(pin.pinnedAt), pin.pinnedBy, pin.until === null ? null : utc(pin.until), slug],
      );
      if (changed === 0) return null;
      return toPin((await db.get<PinRow>(`${SELECT} WHERE a.slug = ?`, [slug]))!);
    },
    unpinFromFrontPage: async (slug) =>
      (await db.run('DELETE FROM front_page_pins WHERE article_id = (SELECT id FROM articles WHERE slug = ?)', [slug])) === 1,
    listFrontPagePins: async () => (await db.all<PinRow>(`${SELECT} ORDER BY p.pinned_at DESC, a.slug`)).map(toPin),
  };
}
