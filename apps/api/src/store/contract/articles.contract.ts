/**
 * @module
 * Contract: saving articles (outcomes, atomicity, concurrency), visibility and listing.
 */
import { type Article, prepareArticle } from '@dateline/model';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../services/content-hash.ts';
import { NOW, save, story } from '../../testing/fixtures.ts';
import type { StoreHarness } from '../../testing/store-harness.ts';
import { ArticleFilterQuery, filtersOf } from '../article-filters.ts';
import type { Store } from '../store.ts';

/**
 * Registers the article tests for `harness`'s databases.
 *
 * @example
 * articleContract(storeHarness('sqlite'));
 */
export function articleContract(harness: StoreHarness): void {
  const migrated = async (): Promise<Store> => (await harness.fresh()).openMigrated();

  describe('saveArticle', () => {
    it('creates, then reports unchanged content without writing', async () => {
      const store = await migrated();
      const article = prepareArticle(story(1), { id: 'a1', now: NOW });
      expect(await store.saveArticle(article, 'h1')).toEqual({ outcome: 'created', id: 'a1', slug: article.slug });
      const later = { ...article, updatedAt: '2026-06-01T00:00:00.000Z' };
      expect(await store.saveArticle(later, 'h1')).toEqual({ outcome: 'unchanged', id: 'a1', slug: article.slug });
      expect((await store.getArticle(article.slug, { now: NOW }))?.updatedAt).toBe(article.updatedAt);
    });

    it('updates in place, keeping the stored id and creation time, and replacing tags', async () => {
      const store = await migrated();
      const first = prepareArticle(story(2), { id: 'a1', now: NOW });
      await store.saveArticle(first, 'h1');
      const edited = prepareArticle(story(2, { standfirst: 'Now with a standfirst.', tags: [{ name: 'Weather' }] }), {
        id: 'other-id',
        now: '2026-05-09T00:00:00Z',
      });
      expect(await store.saveArticle(edited, 'h2')).toEqual({ outcome: 'updated', id: 'a1', slug: first.slug });
      const stored = await store.getArticle(first.slug, { now: NOW });
      expect(stored).toMatchObject({ id: 'a1', createdAt: first.createdAt, standfirst: 'Now with a standfirst.' });
      const byTag = async (tag: string) => (await store.listArticles({ limit: 10, now: NOW, tag })).total;
      expect([await byTag('boats'), await byTag('weather')]).toEqual([0, 1]);
      expect(await store.countArticles()).toBe(1);
    });

    it('reports the same content under a new slug as a duplicate of the stored article', async () => {
      const store = await migrated();
      const original = await save(store, story(1));
      const copy = prepareArticle({ ...story(1), slug: 'another-name' }, { id: 'a2', now: NOW });
      expect(await store.saveArticle(copy, contentHash(story(1)))).toEqual({ outcome: 'duplicate', id: original.id, slug: original.slug });
      expect(await store.getArticle('another-name', { now: NOW, includeHidden: true })).toBeNull();
      expect((await store.findByContentHash(contentHash(story(1))))?.id).toBe(original.id);
      expect(await store.findByContentHash('no-such-hash')).toBeNull();
    });

    it('writes all of an article or nothing', async () => {
      const store = await migrated();
      const good = prepareArticle(story(1), { id: 'a1', now: NOW });
      // Two tags with one slug violate a key after the article, author and section rows are written.
      const bad: Article = { ...good, tags: [good.tags[0]!, good.tags[0]!] };
      await expect(store.saveArticle(bad, 'h1')).rejects.toThrow(/UNIQUE constraint failed: article_tags|article_tags_pkey/);
      expect(await store.countArticles()).toBe(0);
      expect(await store.getArticle(good.slug, { now: NOW, includeHidden: true })).toBeNull();
      expect(await store.listArticles({ limit: 10, now: NOW, author: 'oskar-lund' })).toMatchObject({ total: 0 });
      expect(await store.saveArticle(good, 'h1')).toMatchObject({ outcome: 'created' });
    });

    it('shows a write from another connection at once', async () => {
      const db = await harness.fresh();
      const api = await db.openMigrated();
      const importer = await db.openMigrated();
      expect(await api.getArticle('harbour-report-number-1', { now: NOW })).toBeNull();
      await save(importer, story(1));
      expect((await api.getArticle('harbour-report-number-1', { now: NOW }))?.headline).toBe('Harbour report number 1');
    });

    it('keeps one article per slug when two connections save it at the same time', async () => {
      const db = await harness.fresh();
      const [a, b] = [await db.openMigrated(), await db.openMigrated()];
      for (let n = 1; n <= 5; n += 1) {
        const mine = prepareArticle(story(n), { id: `a-${n}`, now: NOW });
        const theirs = prepareArticle(story(n, { standfirst: 'Edited elsewhere.' }), { id: `b-${n}`, now: NOW });
        const results = await Promise.all([a.saveArticle(mine, `h-${n}`), b.saveArticle(theirs, `h-${n}-edited`)]);
        expect(results.map((r) => r.outcome).sort()).toEqual(['created', 'updated']);
        expect(new Set(results.map((r) => r.id)).size).toBe(1);
      }
      // The same story under two slugs at once: stored once, the other save is told it is a duplicate.
      const left = prepareArticle(story(9, { slug: 'left' }), { id: 'left', now: NOW });
      const right = prepareArticle(story(9, { slug: 'right' }), { id: 'right', now: NOW });
      const twins = await Promise.all([a.saveArticle(left, 'h-9'), b.saveArticle(right, 'h-9')]);
      expect(twins.map((r) => r.outcome).sort()).toEqual(['created', 'duplicate']);
      expect(await a.countArticles()).toBe(6);
    });
  });

  describe('visibility', () => {
    it('hides drafts, archived and future articles unless hidden ones are asked for', async () => {
      const store = await migrated();
      await save(store, story(1, { slug: 'draft', status: 'draft' }));
      await save(store, story(2, { slug: 'archived', status: 'archived' }));
      await save(store, story(-5, { slug: 'scheduled' }));
      await save(store, story(3, { slug: 'public' }));
      const slugs = async (includeHidden: boolean) =>
        (await store.listArticles({ limit: 10, now: NOW, includeHidden })).items.map((a) => a.slug);
      expect(await slugs(false)).toEqual(['public']);
      expect(await slugs(true)).toHaveLength(4);
      expect(await store.getArticle('scheduled', { now: NOW })).toBeNull();
      expect(await store.getArticle('scheduled', { now: new Date('2026-05-08T17:00:00Z') })).not.toBeNull();
    });

    it('compares publication times across time zone offsets, and serves them as written', async () => {
      const store = await migrated();
      // 13:30+02:00 is 11:30Z, before NOW (12:00Z), although its text sorts after it.
      await save(store, story(1, { slug: 'offset', publishedAt: '2026-05-08T13:30:00+02:00' }));
      await save(store, story(1, { slug: 'later', headline: 'Later', publishedAt: '2026-05-08T11:45:00Z' }));
      expect((await store.getArticle('offset', { now: NOW }))?.publishedAt).toBe('2026-05-08T13:30:00+02:00');
      const page = await store.listArticles({ limit: 10, now: NOW, from: new Date('2026-05-08T11:30:00Z') });
      expect(page.items.map((a) => a.slug)).toEqual(['later', 'offset']);
    });
  });

  describe('listArticles', () => {
    it('pages by time then id, never repeating or skipping, with filters and a total', async () => {
      const store = await migrated();
      for (let n = 1; n <= 6; n += 1) await save(store, story(n), `id-${n}`);
      // Equal publication times: the id decides, in byte order ('id-4' < 'id-4b' < 'id-Z').
      await save(store, story(4, { slug: 'twin-b', headline: 'Twin B' }), 'id-4b');
      await save(store, story(4, { slug: 'twin-z', headline: 'Twin Z' }), 'id-Z');
      const walk = async (order: 'newest' | 'oldest') => {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.listArticles({ limit: 3, now: NOW, order, cursor });
          expect(page.total).toBe(8);
          seen.push(...page.items.map((a) => a.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        return seen;
      };
      expect(await walk('newest')).toEqual(['id-1', 'id-2', 'id-3', 'id-Z', 'id-4b', 'id-4', 'id-5', 'id-6']);
      expect(await walk('oldest')).toEqual(['id-6', 'id-5', 'id-4', 'id-4b', 'id-Z', 'id-3', 'id-2', 'id-1']);
      const filtered = await store.listArticles({ limit: 1, now: NOW, tag: 'boats', section: 'local' });
      expect([filtered.total, filtered.items.map((a) => a.id)]).toEqual([4, ['id-2']]);
      expect((await store.listArticles({ limit: 10, now: NOW, author: 'no-one' })).total).toBe(0);
    });

    it('applies every filter of the filter schema, in the listing and the search', async () => {
      const store = await migrated();
      await save(store, story(1, { headline: 'Harbour ferry returns' }));
      const all = { limit: 5, now: NOW };
      expect([(await store.listArticles(all)).total, (await store.search('ferry', all)).items.length]).toEqual([1, 1]);
      // A value of each filter the one stored story does not match: a filter the API accepts and
      // a store ignores would still list it.
      const unmatched = (key: string) => ({ from: '2100-01-01T00:00:00Z', to: '1900-01-01T00:00:00Z' })[key] ?? 'nothing-carries-this';
      for (const key of Object.keys(ArticleFilterQuery.shape)) {
        const filters = { ...all, ...filtersOf(ArticleFilterQuery.parse({ [key]: unmatched(key) })) };
        const found = [(await store.listArticles(filters)).total, (await store.search('ferry', filters)).items.length];
        expect({ key, found }).toEqual({ key, found: [0, 0] });
      }
    });
  });

  describe('ping and close', () => {
    it('pings while open and rejects once closed', async () => {
      const store = await migrated();
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await expect(store.ping()).rejects.toThrow();
      await expect(store.close()).resolves.toBeUndefined();
    });
  });
}
