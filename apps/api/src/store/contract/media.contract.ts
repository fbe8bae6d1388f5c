/**
 * @module
 * Contract: media records are kept once per id, searched by alt text and caption, changed,
 * deleted, and found in the articles that show them, alike on every database.
 */
import { describe, expect, it } from 'vitest';
import { save, story } from '../../testing/fixtures.ts';
import type { StoreHarness } from '../../testing/store-harness.ts';
import type { MediaRecord } from '../media-store.ts';

const record = (n: number, overrides: Partial<MediaRecord> = {}): MediaRecord => ({
  id: String(n).repeat(64).slice(0, 64),
  type: 'image/jpeg',
  width: 4000,
  height: 3000,
  bytes: 1_000_000 + n,
  alt: `Picture ${n}`,
  caption: null,
  credit: null,
  createdBy: 'user-1',
  createdAt: `2026-05-0${n}T08:00:00.000Z`,
  ...overrides,
});

/**
 * Registers the media tests for `harness`'s databases.
 *
 * @example
 * mediaContract(storeHarness('postgres'));
 */
export function mediaContract(harness: StoreHarness): void {
  describe('media', () => {
    it('keeps a picture once, lists newest first, searches words of alt text and caption', async () => {
      const store = await (await harness.fresh()).openMigrated();
      expect(await store.createMedia(record(1, { alt: 'The pier at dawn' }))).toEqual({ media: record(1, { alt: 'The pier at dawn' }), created: true });
      const second = await store.createMedia(record(1, { alt: 'Another upload of it' }));
      expect(second).toEqual({ media: record(1, { alt: 'The pier at dawn' }), created: false });
      await store.createMedia(record(2, { alt: 'A ferry', caption: 'Leaving at DAWN, 100% full' }));
      expect((await store.listMedia({ limit: 10 })).map((m) => m.id)).toEqual([record(2).id, record(1).id]);
      expect((await store.listMedia({ limit: 1 })).map((m) => m.id)).toEqual([record(2).id]);
      expect((await store.listMedia({ q: 'dawn', limit: 10 })).length).toBe(2);
      expect((await store.listMedia({ q: 'dawn 100%', limit: 10 })).map((m) => m.id)).toEqual([record(2).id]);
      expect(await store.listMedia({ q: '_', limit: 10 })).toEqual([]);
    });

    it('changes words, deletes, and finds the articles that show a picture', async () => {
      const store = await (await harness.fresh()).openMigrated();
      const { id } = record(3);
      await store.createMedia(record(3));
      expect(await store.updateMedia(id, { caption: 'Boats', credit: 'Agency' })).toMatchObject({ alt: 'Picture 3', caption: 'Boats', credit: 'Agency' });
      expect(await store.updateMedia(record(4).id, { alt: 'x' })).toBeNull();
      expect(await store.mediaUsage(id)).toEqual([]);
      const media = { id, width: 4000, height: 3000 };
      await save(store, story(1, { slug: 'lead', leadImage: { src: `/media/${id}/2000.jpg`, alt: 'x', media } }));
      await save(store, story(2, { slug: 'in-body', status: 'draft', body: [{ type: 'image', src: `/media/${id}/2000.jpg`, alt: 'y', media }] }));
      await save(store, story(3, { slug: 'unrelated' }));
      expect(await store.mediaUsage(id)).toEqual([
        { slug: 'lead', headline: 'Harbour report number 1', status: 'published' },
        { slug: 'in-body', headline: 'Harbour report number 2', status: 'draft' },
      ]);
      expect(await store.deleteMedia(id)).toBe(true);
      expect(await store.getMedia(id)).toBeNull();
      expect(await store.deleteMedia(id)).toBe(false);
    });
  });
}
