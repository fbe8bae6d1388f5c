/**
 * @module
 * Contract: front-page pins are kept once per article, the newest pin first, moved up when
 * pinned again, lifted by hand or with the article, alike on every database.
 */
import { describe, expect, it } from 'vitest';
import { save, story } from '../../testing/fixtures.ts';
import type { StoreHarness } from '../../testing/store-harness.ts';

/**
 * Registers the front-page pin tests for `harness`'s databases.
 *
 * @example
 * frontPageContract(storeHarness('postgres'));
 */
export function frontPageContract(harness: StoreHarness): void {
  describe('front-page pins', () => {
    it('keeps one pin per story, newest first, moved up and given a new expiry when pinned again', async () => {
      const store = await (await harness.fresh()).openMigrated();
      const first = await save(store, story(1));
      const second = await save(store, story(2));
      const pin = { pinnedAt: '2026-05-08T10:00:00.000Z', pinnedBy: 'u1', until: null };
      expect(await store.pinToFrontPage(first.slug, pin)).toEqual({ slug: first.slug, ...pin });
      await store.pinToFrontPage(second.slug, { ...pin, pinnedAt: '2026-05-08T11:00:00.000Z' });
      expect((await store.listFrontPagePins()).map((p) => p.slug)).toEqual([second.slug, first.slug]);

      const again = { pinnedAt: '2026-05-08T12:00:00+02:00', pinnedBy: 'u2', until: '2026-05-09T12:00:00.000Z' };
      expect(await store.pinToFrontPage(first.slug, again)).toEqual({
        slug: first.slug,
        pinnedAt: '2026-05-08T10:00:00.000Z',
        pinnedBy: 'u2',
        until: again.until,
      });
      const pins = await store.listFrontPagePins();
      expect(pins).toHaveLength(2);
      expect(pins.map((p) => p.slug)).toEqual([second.slug, first.slug]);
    });

    it('answers null for a slug no article has, and lifts pins by hand or with the article', async () => {
      const store = await (await harness.fresh()).openMigrated();
      const pin = { pinnedAt: '2026-05-08T10:00:00.000Z', pinnedBy: null, until: null };
      expect(await store.pinToFrontPage('no-such-story', pin)).toBeNull();
      const first = await save(store, story(1));
      const second = await save(store, story(2));
      await store.pinToFrontPage(first.slug, pin);
      await store.pinToFrontPage(second.slug, pin);
      expect(await store.unpinFromFrontPage(first.slug)).toBe(true);
      expect(await store.unpinFromFrontPage(first.slug)).toBe(false);
      expect(await store.deleteArticle(second.slug)).toBe(true);
      expect(await store.listFrontPagePins()).toEqual([]);
    });
  });
}
