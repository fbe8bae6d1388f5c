/**
 * @module
 * The PostgreSQL implementation of `FrontPageStore`.
 */
import type { FrontPagePin, FrontPageStore } from '../front-page-store.ts';
import type { Sql } from './connection.ts';

interface PinRow {
  slug: string;
  pinned_at: Date;
  pinned_by: string | null;
  until: Date | null;
}

const toPin = (r: PinRow): FrontPagePin => ({ slug: r.slug, pinnedAt: r.pinned_at.toISOString(), pinnedBy: r.pinned_by, until: r.until?.toISOString() ?? null });

/**
 * The pin methods of the PostgreSQL store, over `sql`.
 *
 * @example
 * const store = { ...postgresFrontPageStore(sql), ...otherParts };
 */
export function postgresFrontPageStore(sql: Sql): FrontPageStore {
  return {
    pinToFrontPage: async (slug, pin) => {
      const inserted = await sql`
        INSERT INTO front_page_pins (article_id, pinned_at, pinned_by, until)
        SELECT id, ${pin.pinnedAt}, ${pin.pinnedBy}, ${pin.until} FROM articles WHERE slug = ${slug}
        ON CONFLICT (article_id) DO UPDATE SET pinned_at = excluded.pinned_at, pinned_by = excluded.pinned_by, until = excluded.until`;
      if (inserted.count === 0) return null;
      const [row] = await sql<PinRow[]>`
        SELECT a.slug, p.pinned_at, p.pinned_by, p.until FROM front_page_pins p JOIN articles a ON a.id = p.article_id WHERE a.slug = ${slug}`;
      return toPin(row!);
    },
    unpinFromFrontPage: async (slug) => (await sql`DELETE FROM front_page_pins WHERE article_id = (SELECT id FROM articles WHERE slug = ${slug})`).count === 1,
    listFrontPagePins: async () =>
      (await sql<PinRow[]>`SELECT a.slug, p.pinned_at, p.pinned_by, p.until FROM front_page_pins p JOIN articles a ON a.id = p.article_id ORDER BY p.pinned_at DESC, a.slug`).map(toPin),
  };
}
