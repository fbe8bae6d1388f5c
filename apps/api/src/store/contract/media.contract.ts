/**
 * @module
 * Contract: media records are kept once per id, searched by alt text and caption, changed,
 * deleted, and found in the articles that show them, alike on every database.
 */
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '@dateline/model';
import { contentHash } from '../../services/content-hash.ts';
import { NOW, save, story } from '../../testing/fixtures.ts';
import type { StoreHarness } from '../../testing/store-harness.ts';
import type { MediaRecord } from '../media-store.ts';
import { version1Rows } from './migrations.contract.ts';

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
      expect(await store.createMedia(record(1, { alt: 'The pier at dawn' }))).toEqual({
        media: record(1, { alt: 'The pier at dawn' }),
        created: true,
      });
      const second = await store.createMedia(record(1, { alt: 'Another upload of it' }));
      expect(second).toEqual({ media: record(1, { alt: 'The pier at dawn' }), created: false });
      await store.createMedia(record(2, { alt: 'A ferry', caption: 'Leaving at DAWN, 100% full' }));
      expect((await store.listMedia({ limit: 10 })).map((m) => m.id)).toEqual([record(2).id, record(1).id]);
      expect((await store.listMedia({ limit: 1 })).map((m) => m.id)).toEqual([record(2).id]);
      expect((await store.listMedia({ q: 'dawn', limit: 10 })).length).toBe(2);
      expect((await store.listMedia({ q: 'dawn 100%', limit: 10 })).map((m) => m.id)).toEqual([record(2).id]);
      expect(await store.listMedia({ q: '_', limit: 10 })).toEqual([]);
    });

    it('changes words, finds the articles that show a picture, and deletes it only once none does', async () => {
      const store = await (await harness.fresh()).openMigrated();
      const { id } = record(3);
      await store.createMedia(record(3));
      expect(await store.updateMedia(id, { caption: 'Boats', credit: 'Agency' })).toMatchObject({
        alt: 'Picture 3',
        caption: 'Boats',
        credit: 'Agency',
      });
      expect(await store.updateMedia(record(4).id, { alt: 'x' })).toBeNull();
      expect(await store.mediaUsage(id)).toEqual([]);
      const media = { id, width: 4000, height: 3000 };
      await save(store, story(1, { slug: 'lead', leadImage: { src: `/media/${id}/2000.jpg`, alt: 'x', media } }));
      await save(
        store,
        story(2, { slug: 'in-body', status: 'draft', body: [{ type: 'image', src: `/media/${id}/2000.jpg`, alt: 'y', media }] }),
      );
      await save(store, story(3, { slug: 'unrelated' }));
      expect(await store.mediaUsage(id)).toEqual([
        { slug: 'lead', headline: 'Harbour report number 1', status: 'published' },
        { slug: 'in-body', headline: 'Harbour report number 2', status: 'draft' },
      ]);
      expect(await store.deleteMedia(id)).toBe('in-use');
      expect(await store.getMedia(id)).not.toBeNull();
      await store.deleteArticle('lead');
      expect(await store.deleteMedia(id)).toBe('in-use');
      await store.deleteArticle('in-body');
      expect(await store.deleteMedia(id)).toBe('deleted');
      expect(await store.getMedia(id)).toBeNull();
      expect(await store.deleteMedia(id)).toBe('missing');
    });

    it('keeps where a picture is used as stories change: an edit that removes it, a lead image, a delete, an import', async () => {
      const store = await (await harness.fresh()).openMigrated();
      const { id } = record(5);
      const media = { id, width: 4000, height: 3000 };
      const image = { type: 'image' as const, src: `/media/${id}/2000.jpg`, alt: 'A ferry', media };
      const withPicture = story(1, { slug: 'ferry', body: [...story(1).body, image] });
      await save(store, withPicture, 'ferry-1');
      const slugs = async () => (await store.mediaUsage(id)).map((u) => u.slug);
      expect(await slugs()).toEqual(['ferry']);
      // The writer takes the picture out again: the story no longer uses it.
      await save(store, story(1, { slug: 'ferry' }), 'ferry-1');
      expect(await slugs()).toEqual([]);
      // It becomes another story's lead image, then that story is deleted.
      await save(store, story(2, { slug: 'lead', leadImage: { src: `/media/${id}/2000.jpg`, alt: 'A ferry', media } }), 'lead-2');
      expect(await slugs()).toEqual(['lead']);
      expect(await store.deleteArticle('lead')).toBe(true);
      expect(await slugs()).toEqual([]);
      // An import batch writes the index too.
      const imported = story(3, { slug: 'imported', body: [image] });
      await store.saveArticles([{ article: prepareArticle(imported, { id: 'imported-3', now: NOW }), contentHash: contentHash(imported) }]);
      expect(await slugs()).toEqual(['imported']);
    });

    it('fills the usage index from the stories stored before it existed', async () => {
      if (!harness.versions.includes(27)) return;
      const db = await harness.fresh();
      const before = harness.versions[harness.versions.indexOf(27) - 1]!;
      await db.migrateTo(before);
      const { id } = record(6);
      const input = story(6, {
        slug: 'older',
        leadImage: { src: `/media/${id}/2000.jpg`, alt: 'A ferry', media: { id, width: 4000, height: 3000 } },
      });
      await db.exec(version1Rows(prepareArticle(input, { id: 'older-6', now: NOW }), contentHash(input)));
      const store = await db.openMigrated();
      expect((await store.mediaUsage(id)).map((u) => u.slug)).toEqual(['older']);
    });

    it('looks a picture up through an index, not a scan of the stories', async () => {
      const db = await harness.fresh();
      await db.openMigrated();
      const lookup = `SELECT a.slug FROM article_media u JOIN articles a ON a.id = u.article_id WHERE u.media_id = '${record(7).id}'`;
      const plan =
        harness.kind === 'sqlite'
          ? (await db.rows(`EXPLAIN QUERY PLAN ${lookup}`)).map((r) => String(r.detail)).join('\n')
          : (await db.rows(`EXPLAIN (FORMAT TEXT) ${lookup}`)).map((r) => String(r['QUERY PLAN'])).join('\n');
      expect(plan).toMatch(
        harness.kind === 'sqlite' ? /SEARCH u USING PRIMARY KEY \(media_id=\?\)/ : /Index (Only )?Scan (using|on) article_media_pkey/,
      );
      expect(plan).not.toMatch(harness.kind === 'sqlite' ? /SCAN u\b/ : /Seq Scan on article_media/);
    });
  });
}
