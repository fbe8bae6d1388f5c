/**
 * @module
 * The SQLite implementation of `FrontPageStore`.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { FrontPagePin, FrontPageStore } from '../front-page-store.ts';
import { utc } from '../article-rows.ts';

interface PinRow {
  slug: string;
  pinned_at: string;
  pinned_by: string | null;
  until: string | null;
}

const toPin = (r: PinRow): FrontPagePin => ({ slug: r.slug, pinnedAt: r.pinned_at, pinnedBy: r.pinned_by, until: r.until });

const SELECT = 'SELECT a.slug, p.pinned_at, p.pinned_by, p.until FROM front_page_pins p JOIN articles a ON a.id = p.article_id';

/**
 * The pin methods of a store over `db` (migrated to version 20 or later).
 *
 * @example
 * const store = { ...sqliteFrontPageStore(db), ...otherParts };
 */
export function sqliteFrontPageStore(db: DatabaseSync): FrontPageStore {
  return {
    pinToFrontPage: async (slug, pin) => {
      const result = db
        .prepare(
          `INSERT INTO front_page_pins (article_id, pinned_at, pinned_by, until) SELECT id, ?, ?, ? FROM articles WHERE slug = ?
           ON CONFLICT (article_id) DO UPDATE SET pinned_at = excluded.pinned_at, pinned_by = excluded.pinned_by, until = excluded.until`,
        )
        .run(utc(pin.pinnedAt), pin.pinnedBy, pin.until === null ? null : utc(pin.until), slug);
      if (Number(result.changes) === 0) return null;
      return toPin(db.prepare(`${SELECT} WHERE a.slug = ?`).get(slug) as unknown as PinRow);
    },
    unpinFromFrontPage: async (slug) => Number(db.prepare('DELETE FROM front_page_pins WHERE article_id = (SELECT id FROM articles WHERE slug = ?)').run(slug).changes) === 1,
    listFrontPagePins: async () => (db.prepare(`${SELECT} ORDER BY p.pinned_at DESC, a.slug`).all() as unknown as PinRow[]).map(toPin),
  };
}
