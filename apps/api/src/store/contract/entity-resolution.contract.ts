/**
 * @module
 * Contract: a surname ("Putin") joins the one full name it stands for across stories, whichever
 * story came first, initials ("IMF") the story's own; ambiguous ones stay apart; editors' merges,
 * splits and aliases win.
 * Listings, filters, entity pages and related stories follow, alike on every database.
 */
import type { Mention, Quote } from '@dateline/model';
import { describe, expect, it } from 'vitest';
import { named, reported, said } from '../../testing/entity-fixtures.ts';
import { NOW, save } from '../../testing/fixtures.ts';
import type { StoreHarness } from '../../testing/store-harness.ts';
import type { Store } from '../store.ts';

/** What the extractor finds in each story, by article id: given outright, as `reported` stores it. */
type Found = Map<string, { mentions: Mention[]; quotes: Quote[] }>;

/** Saves story `n` as article `id`, remembering what was found in it for later enrichments. */
async function report(store: Store, found: Found, n: number, id: string, mentions: Mention[], quotes: Quote[] = []) {
  found.set(id, { mentions, quotes });
  return save(store, reported(n, mentions, quotes), id);
}

/** Works through the queue as `dateline enrich` does, the extractor finding what `found` says. */
async function enrichQueue(store: Store, found: Found): Promise<string[]> {
  const done: string[] = [];
  for (let round = 0; round < 3; round += 1) {
    const queued = await store.claimForEnrichment({ limit: 100, now: NOW, leaseMs: 0 });
    if (queued.length === 0) break;
    const items = queued.map(({ article, contentHash }) => ({
      slug: article.slug,
      enrichment: { ...found.get(article.id)!, contentHash },
    }));
    await store.storeEnrichments(items, NOW);
    done.push(...queued.map((q) => q.article.id));
  }
  return done;
}

const people = async (store: Store) =>
  (await store.listEntities({ type: 'person', limit: 20, now: NOW })).items.map((e) => [e.slug, e.articleCount]);
const storySlugs = (page: { items: { slug: string }[] }) => page.items.map((a) => a.slug).sort();

/**
 * Registers the resolution tests for `harness`'s databases.
 *
 * @example
 * entityResolutionContract(storeHarness('sqlite'));
 */
export function entityResolutionContract(harness: StoreHarness): void {
  const migrated = async (): Promise<Store> => (await harness.fresh()).openMigrated();

  describe('resolution across stories', () => {
    it('joins a surname to the one full name known, whichever story came first, and the listings follow', async () => {
      const store = await migrated();
      const found: Found = new Map();
      await report(store, found, 1, 'a1', [named('person', 'Putin', 2), named('place', 'Moscow')], [said('Putin', 'We are ready', 1)]);
      expect(await people(store)).toEqual([['putin', 1]]);
      // The full name arrives later: the story naming only the surname is queued to join it.
      await report(store, found, 2, 'a2', [named('person', 'Vladimir Putin', 3), named('place', 'Moscow')]);
      expect((await store.enrichmentStatus()).queued).toBe(1);
      expect(await enrichQueue(store, found)).toEqual(['a1']);
      // And a story written after joins it at once.
      await report(store, found, 3, 'a3', [named('person', 'Putin')]);
      expect(await people(store)).toEqual([['vladimir-putin', 3]]);
      expect(await store.getEntity('putin', { now: NOW })).toBeNull();
      expect(storySlugs(await store.listArticles({ limit: 10, now: NOW, person: 'vladimir-putin' }))).toEqual([
        'harbour-report-number-1',
        'harbour-report-number-2',
        'harbour-report-number-3',
      ]);
      expect((await store.search('harbour', { limit: 10, now: NOW, person: 'vladimir-putin' })).total).toBe(3);
      expect((await store.listQuotes({ limit: 10, now: NOW, speaker: 'vladimir-putin' })).items.map((q) => q.text)).toEqual([
        'We are ready',
      ]);
      // The first story now shares its president, as well as Moscow, with the second.
      const related = await store.relatedArticles('harbour-report-number-1', { limit: 1, now: NOW });
      expect(related?.map((a) => a.slug)).toEqual(['harbour-report-number-2']);
    });

    it('keeps a surname apart when two full names share it, and takes the story’s own full name first', async () => {
      const store = await migrated();
      const found: Found = new Map();
      await report(store, found, 1, 'a1', [named('person', 'George W Bush')]);
      await report(store, found, 2, 'a2', [named('person', 'Bush')]);
      expect(await people(store)).toEqual([['george-w-bush', 2]]);
      // A second Bush: the surname alone no longer says which, so the stories are enriched again.
      await report(store, found, 3, 'a3', [named('person', 'Laura Bush', 2), named('person', 'Bush')]);
      await enrichQueue(store, found);
      expect(await people(store)).toEqual([
        ['bush', 1],
        ['george-w-bush', 1],
        ['laura-bush', 1],
      ]);
      expect((await store.getArticle('harbour-report-number-3', { now: NOW }))?.mentions?.map((m) => [m.entity.slug, m.count])).toEqual([
        ['laura-bush', 3],
      ]);
    });

    it('joins initials to the organisation the story names, and to another story’s only through an alias', async () => {
      const store = await migrated();
      const found: Found = new Map();
      await report(store, found, 1, 'a1', [named('organization', 'International Monetary Fund')]);
      await report(store, found, 2, 'a2', [named('organization', 'IMF', 2), named('person', 'IMF')]);
      await report(store, found, 3, 'a3', [named('organization', 'International Monetary Fund'), named('organization', 'IMF')]);
      expect((await store.getEntity('international-monetary-fund', { now: NOW }))?.articleCount).toBe(2);
      expect(await store.getEntity('imf', { now: NOW, type: 'organization' })).toMatchObject({ articleCount: 1 });
      await store.addEntityAlias('organization', 'international-monetary-fund', 'IMF');
      await enrichQueue(store, found);
      expect((await store.getEntity('international-monetary-fund', { now: NOW }))?.articleCount).toBe(3);
      expect(await store.getEntity('imf', { now: NOW })).toMatchObject({ type: 'person' });
    });

    it('lets editors win: a split keeps a surname apart for good, an alias joins, a removal stays removed', async () => {
      const store = await migrated();
      const found: Found = new Map();
      await report(store, found, 1, 'a1', [named('person', 'Blair')]);
      await report(store, found, 2, 'a2', [named('person', 'Tony Blair')]);
      await store.mergeEntities({ type: 'person', from: 'blair', into: 'tony-blair', createdBy: null, now: NOW });
      expect(await people(store)).toEqual([['tony-blair', 2]]);
      // "This Blair is someone else": the split outlives enriching everything again.
      await store.splitEntity('person', 'blair');
      await store.queueAllForEnrichment(NOW);
      await enrichQueue(store, found);
      expect(await people(store)).toEqual([
        ['blair', 1],
        ['tony-blair', 1],
      ]);
      // An alias an editor gives joins the stories that use it alone.
      await report(store, found, 3, 'a3', [named('person', 'Tony')]);
      expect(await store.addEntityAlias('person', 'tony-blair', 'Tony')).toEqual(['Blair', 'Tony']);
      await enrichQueue(store, found);
      expect(await store.getEntity('tony-blair', { now: NOW })).toMatchObject({ articleCount: 2 });
      // An entity an editor removed from a story is not joined back into it.
      await report(store, found, 4, 'a4', [named('person', 'Tony')]);
      await store.updateEntities('harbour-report-number-4', {
        corrections: [{ op: 'remove', entity: { type: 'person', slug: 'tony-blair' } }],
        now: NOW,
      });
      await store.queueAllForEnrichment(NOW);
      await enrichQueue(store, found);
      expect((await store.getArticle('harbour-report-number-4', { now: NOW }))?.mentions?.map((m) => m.entity.slug)).toEqual(['tony']);
      expect(await store.getEntity('tony-blair', { now: NOW })).toMatchObject({ articleCount: 2 });
    });
  });
}
