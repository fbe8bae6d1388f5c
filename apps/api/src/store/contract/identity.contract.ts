/**
 * @module
 * Contract: which article a save concerns. The story hash finds duplicates whatever the filing;
 * import keys keep different stories that share a headline apart; saves without a key are keyed
 * by slug.
 */
import { type ArticleInput, prepareArticle } from '@dateline/model';
import { describe, expect, it } from 'vitest';
import { contentHash, revisionHash } from '../../services/content-hash.ts';
import { NOW, story } from '../../testing/fixtures.ts';
import type { StoreHarness } from '../../testing/store-harness.ts';
import type { SaveOptions, Store } from '../store.ts';

/** Saves `input` as the import service does, with both hashes. */
function saveAs(store: Store, input: ArticleInput, id: string, options: SaveOptions = {}) {
  const article = prepareArticle(input, { id, now: NOW });
  return store.saveArticle(article, contentHash(input), { revisionHash: revisionHash(input), ...options });
}

const budget = (text: string): ArticleInput => ({
  headline: 'Council passes the budget',
  body: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  publishedAt: '2026-05-08T09:00:00Z',
});

/**
 * Registers the save-identity tests for `harness`'s databases.
 *
 * @example
 * identityContract(storeHarness('sqlite'));
 */
export function identityContract(harness: StoreHarness): void {
  const migrated = async (): Promise<Store> => (await harness.fresh()).openMigrated();

  describe('save identity', () => {
    it('counts the same story under other tags or another slug as a duplicate', async () => {
      const store = await migrated();
      await saveAs(store, story(1), 'a1', { importKey: '/news/a.md' });
      const refiled = story(1, { slug: 'harbour-again', tags: [{ name: 'Weather' }], section: { name: 'Sport' } });
      expect(await saveAs(store, refiled, 'a2', { importKey: '/news/b.md' })).toEqual({
        outcome: 'duplicate',
        id: 'a1',
        slug: 'harbour-report-number-1',
      });
      expect(await saveAs(store, refiled, 'a3')).toMatchObject({ outcome: 'duplicate', id: 'a1' });
      expect(await store.countArticles()).toBe(1);
    });

    it('gives a different story with the same headline a slug of its own instead of overwriting', async () => {
      const store = await migrated();
      expect(await saveAs(store, budget('Rates rise by two per cent.'), 'city', { importKey: '/news/city.md' })).toEqual({
        outcome: 'created',
        id: 'city',
        slug: 'council-passes-the-budget',
      });
      expect(await saveAs(store, budget('The county froze its rates.'), 'county', { importKey: '/news/county.md' })).toEqual({
        outcome: 'created',
        id: 'county',
        slug: 'council-passes-the-budget-2',
      });
      expect(await saveAs(store, budget('The parish kept its levy.'), 'parish', { importKey: '/news/parish.md' })).toMatchObject({
        slug: 'council-passes-the-budget-3',
      });
      const read = async (slug: string) => (await store.getArticle(slug, { now: NOW }))?.body;
      expect(await read('council-passes-the-budget')).toEqual(budget('Rates rise by two per cent.').body);
      expect(await read('council-passes-the-budget-2')).toEqual(budget('The county froze its rates.').body);
      expect((await store.findByImportKey('/news/county.md'))?.slug).toBe('council-passes-the-budget-2');
      expect(await store.findByImportKey('/news/elsewhere.md')).toBeNull();
    });

    it('updates the article a key made, keeping its slug when the headline changes, and notices tag-only edits', async () => {
      const store = await migrated();
      await saveAs(store, budget('Rates rise by two per cent.'), 'city', { importKey: '/news/city.md' });
      await saveAs(store, budget('The county froze its rates.'), 'county', { importKey: '/news/county.md' });
      const retitled = { ...budget('The county froze its rates again.'), headline: 'County freezes rates' };
      expect(await saveAs(store, retitled, 'new-id', { importKey: '/news/county.md' })).toEqual({
        outcome: 'updated',
        id: 'county',
        slug: 'council-passes-the-budget-2',
      });
      expect((await store.getArticle('council-passes-the-budget-2', { now: NOW }))?.headline).toBe('County freezes rates');
      const tagged = { ...retitled, tags: [{ name: 'Rates' }] };
      expect(await saveAs(store, tagged, 'new-id', { importKey: '/news/county.md' })).toMatchObject({ outcome: 'updated' });
      expect(await saveAs(store, tagged, 'new-id', { importKey: '/news/county.md' })).toMatchObject({ outcome: 'unchanged' });
      expect((await store.listArticles({ limit: 5, now: NOW, tag: 'rates' })).items.map((a) => a.id)).toEqual(['county']);
      expect((await store.getArticle('council-passes-the-budget', { now: NOW }))?.id).toBe('city');
      expect(await store.countArticles()).toBe(2);
    });

    it('keys a save without an import key by its slug, as before keys existed', async () => {
      const store = await migrated();
      await saveAs(store, budget('Rates rise by two per cent.'), 'first');
      expect(await saveAs(store, budget('The county froze its rates.'), 'second')).toEqual({
        outcome: 'updated',
        id: 'first',
        slug: 'council-passes-the-budget',
      });
      expect(await store.countArticles()).toBe(1);
    });

    it('adopts the article a key-less save made of the same story at the same slug', async () => {
      const store = await migrated();
      await saveAs(store, budget('Rates rise by two per cent.'), 'old');
      expect(await saveAs(store, budget('Rates rise by two per cent.'), 'new', { importKey: '/news/city.md' })).toEqual({
        outcome: 'unchanged',
        id: 'old',
        slug: 'council-passes-the-budget',
      });
      expect((await store.findByImportKey('/news/city.md'))?.id).toBe('old');
    });

    it('keeps suffixed slugs within the length a slug may have', async () => {
      const store = await migrated();
      const long = 'a'.repeat(60) + '-' + 'b'.repeat(59);
      await saveAs(store, { ...budget('One.'), slug: long }, 'one', { importKey: 'k1' });
      const second = await saveAs(store, { ...budget('Two.'), slug: long }, 'two', { importKey: 'k2' });
      expect(second.slug).toBe(`${long.slice(0, 118)}-2`);
      expect(second.slug).toHaveLength(120);
    });
  });
}
