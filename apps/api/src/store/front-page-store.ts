/**
 * @module
 * Stories pinned to the front page by an editor. A pin belongs to the front page, not to the
 * story: saving or revising a story leaves it alone, and deleting the story lifts it.
 */

/** One pinned story. */
export interface FrontPagePin {
  /** The pinned article's current slug. */
  slug: string;
  pinnedAt: string;
  /** The id of the person (or token) who pinned it, when known. */
  pinnedBy: string | null;
  /** When the pin lapses by itself; null for a pin kept until lifted. */
  until: string | null;
}

/**
 * The pin methods of the store.
 *
 * @example
 * await store.pinToFrontPage('night-ferry', { pinnedAt: '2026-05-08T10:00:00.000Z', pinnedBy: 'u1', until: null });
 * await store.listFrontPagePins(); // [{ slug: 'night-ferry', … }]
 */
export interface FrontPageStore {
  /**
   * Pins the article with this slug (whatever its status), or moves its pin to the top with the
   * new time and expiry. Null when no article has the slug.
   */
  pinToFrontPage(slug: string, pin: Omit<FrontPagePin, 'slug'>): Promise<FrontPagePin | null>;
  /** True when the article had a pin, now lifted. */
  unpinFromFrontPage(slug: string): Promise<boolean>;
  /** Every pin, lapsed ones included, the most recently pinned first. */
  listFrontPagePins(): Promise<FrontPagePin[]>;
}
