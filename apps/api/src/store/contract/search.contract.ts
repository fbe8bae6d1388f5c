/**
 * @module
 * Contract: full-text search ranks, filters, pages, highlights and treats any input as a query.
 */
import type { ArticleInput } from '@dateline/model';
import { describe, expect, it } from 'vitest';
import { NOW, save } from '../../testing/fixtures.ts';
import type { StoreHarness } from '../../testing/store-harness.ts';
import type { SearchOptions, Store } from '../store.ts';

const text = (t: string) => [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: t }] }];
const at = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();

/** Invented stories, each with words the tests look for. */
const STORIES: Record<string, ArticleInput> = {
  'night-ferry': {
    headline: 'Night ferry returns to the harbour',
    standfirst: 'The crossing is back after a winter away.',
    body: text('The night ferry sailed at nine. Crews cheered <loudly> & waved \u0002flags\u0003 from the quay.'),
    authors: [{ name: 'Ines Calder' }],
    section: { name: 'Local' },
    tags: [{ name: 'Transport' }],
    publishedAt: at(1),
  },
  'harbour-fees': {
    headline: 'Harbour fees rise again',
    body: text('Fishermen said the rise was steep. The ferry operator also complained about the new fees.'),
    authors: [{ name: 'Oskar Lund' }],
    section: { name: 'Business' },
    tags: [{ name: 'Money' }],
    publishedAt: at(2),
  },
  lighthouse: {
    headline: 'Lighthouse keeper retires to the quay',
    standfirst: 'Forty years of nights by the sea.',
    body: text('She kept the lamp lit through every storm, and never once took the ferries.'),
    authors: [{ name: 'Marta Ferrier' }],
    section: { name: 'Local' },
    tags: [{ name: 'People' }],
    publishedAt: at(3),
  },
  'draft-ferry': { headline: 'Ferry timetable (draft)', body: text('A ferry timetable nobody may read yet.'), status: 'draft' },
  'future-ferry': { headline: 'Ferry gala next week', body: text('The ferry gala will be announced.'), publishedAt: at(-24) },
};

/** Articles whose body repeats "regatta" a different number of times, for paging. */
const regatta = (n: number): ArticleInput => ({
  headline: `Results from race ${n}`,
  body: text(`${'The regatta went on. '.repeat(n)}Boats came home at dusk.`),
  publishedAt: at(10 + n),
});

/**
 * Registers the search tests for `harness`'s databases.
 *
 * @example
 * searchContract(storeHarness('postgres'));
 */
export function searchContract(harness: StoreHarness): void {
  const withStories = async (): Promise<Store> => {
    const store = await (await harness.fresh()).openMigrated();
    for (const [slug, input] of Object.entries(STORIES)) await save(store, { ...input, slug }, slug);
    return store;
  };
  const slugs = async (store: Store, q: string, options: Partial<Parameters<Store['search']>[1]> = {}) =>
    (await store.search(q, { limit: 20, now: NOW, ...options })).items.map((hit) => hit.article.slug);

  describe('search', () => {
    it('finds words in headline, standfirst, body, author names and tags, headline matches first', async () => {
      const store = await withStories();
      expect(await slugs(store, 'quay')).toEqual(['lighthouse', 'night-ferry']);
      expect((await slugs(store, 'harbour')).sort()).toEqual(['harbour-fees', 'night-ferry']);
      expect(await slugs(store, 'crossing')).toEqual(['night-ferry']);
      expect(await slugs(store, 'fishermen')).toEqual(['harbour-fees']);
      expect(await slugs(store, 'calder')).toEqual(['night-ferry']);
      expect(await slugs(store, 'transport')).toEqual(['night-ferry']);
      // Every term must match; stemming makes "ferries" find "ferry".
      expect((await slugs(store, 'ferry harbour')).sort()).toEqual(['harbour-fees', 'night-ferry']);
      expect((await slugs(store, 'ferries')).sort()).toEqual(['harbour-fees', 'lighthouse', 'night-ferry']);
      expect(await slugs(store, 'submarine')).toEqual([]);
    });

    it('reads quoted phrases and prefixes', async () => {
      const store = await withStories();
      expect(await slugs(store, '"night ferry"')).toEqual(['night-ferry']);
      expect(await slugs(store, '"ferry night"')).toEqual([]);
      expect(await slugs(store, 'lighth*')).toEqual(['lighthouse']);
      expect((await slugs(store, 'harb*')).sort()).toEqual(['harbour-fees', 'night-ferry']);
    });

    it('applies the listing filters, and shows hidden articles only when asked', async () => {
      const store = await withStories();
      expect(await slugs(store, 'ferry', { section: 'business' })).toEqual(['harbour-fees']);
      expect(await slugs(store, 'ferry', { tag: 'transport' })).toEqual(['night-ferry']);
      expect(await slugs(store, 'ferry', { author: 'oskar-lund' })).toEqual(['harbour-fees']);
      expect(await slugs(store, 'ferry', { from: new Date(at(1.5)) })).toEqual(['night-ferry']);
      expect((await slugs(store, 'ferry', { to: new Date(at(1.5)) })).sort()).toEqual(['harbour-fees', 'lighthouse']);
      expect((await slugs(store, 'timetable', { includeHidden: true })).length).toBe(1);
      expect(await slugs(store, 'timetable')).toEqual([]);
      expect(await slugs(store, 'gala')).toEqual([]);
    });

    it('highlights matches in an escaped snippet, never trusting stored text', async () => {
      const store = await withStories();
      const [hit] = (await store.search('cheered', { limit: 1, now: NOW })).items;
      expect(hit?.snippet).toContain('<mark>cheered</mark>');
      expect(hit?.snippet).toContain('&lt;loudly&gt; &amp; waved');
      // The markers in the stored body were removed before indexing: "flags" is not a match.
      expect(hit?.snippet).not.toMatch(/<mark>flags|[\u0002\u0003]/);
      expect(hit?.snippet.match(/<mark>/g)).toHaveLength(1);
      expect(hit?.score).toBeGreaterThan(0);
    });

    it('counts every match and pages by score then id, never repeating or skipping', async () => {
      const store = await (await harness.fresh()).openMigrated();
      for (let n = 1; n <= 5; n += 1) await save(store, regatta(n), `race-${n}`);
      await save(store, { ...regatta(3), headline: 'Twin of race three' }, 'race-3b');
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.search('regatta', { limit: 2, now: NOW, cursor });
        expect(page.total).toBe(6);
        seen.push(...page.items.map((hit) => hit.article.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toHaveLength(6);
      expect(seen.slice(0, 2)).toEqual(['race-5', 'race-4']);
      expect(seen.indexOf('race-3')).toBe(seen.indexOf('race-3b') - 1);
      const first = await store.search('regatta', { limit: 1, now: NOW });
      await expect(store.search('boats', { limit: 1, now: NOW, cursor: first.nextCursor! })).rejects.toThrow(
        'was issued for another search',
      );
      for (const filter of [{ section: 'sport' }, { person: 'ada-lovelace' }, { place: 'oslo' }, { organization: 'un' }]) {
        await expect(store.search('regatta', { limit: 1, now: NOW, cursor: first.nextCursor!, ...filter })).rejects.toThrow(
          'was issued for another search',
        );
      }
      await expect(store.search('regatta', { limit: 1, now: NOW, cursor: 'bogus' })).rejects.toThrow('is not a cursor this API issued');
    });

    it('keeps the index in step with updates', async () => {
      const store = await withStories();
      await save(store, { ...STORIES.lighthouse!, slug: 'lighthouse', body: text('She now paints seascapes.') }, 'other-id');
      expect(await slugs(store, 'seascapes')).toEqual(['lighthouse']);
      expect(await slugs(store, 'storm')).toEqual([]);
      // A phrase of three words is checked by position in the new text, wherever a store keeps it.
      expect(await slugs(store, '"she now paints"')).toEqual(['lighthouse']);
      expect(await slugs(store, '"kept the lamp"')).toEqual([]);
    });

    it('gives a page as JSON text, the same bytes as the page serialised, with the article revision', async () => {
      const store = await withStories();
      await save(
        store,
        { ...STORIES.lighthouse!, slug: 'lighthouse', headline: 'Keeper\'s "last" night \u2014 caf\u00e9 \ud83d\udea2 ferry' },
        'other-id',
      );
      for (let n = 1; n <= 3; n += 1) await save(store, regatta(n), `race-${n}`);
      const asked: [string, SearchOptions][] = [
        ['ferry', { limit: 20, now: NOW }],
        ['ferry', { limit: 1, now: NOW, includeHidden: true }],
        ['"night ferry" harbo*', { limit: 5, now: NOW, section: 'local' }],
        ['regatta', { limit: 2, now: NOW }],
        ['nothing-matches-this', { limit: 5, now: NOW }],
        ['', { limit: 5, now: NOW }],
      ];
      const first = await store.search('regatta', { limit: 2, now: NOW });
      asked.push(['regatta', { limit: 2, now: NOW, cursor: first.nextCursor! }]);
      for (const [q, options] of asked) {
        const { json, revision } = await store.searchJson(q, options);
        expect(json, q).toBe(JSON.stringify(await store.search(q, options)));
        expect(revision).toBe(await store.articleRevision());
      }
    });

    it('treats anything typed as a query and never fails', async () => {
      const store = await withStories();
      const hostile = [
        '"night ferry',
        'ferry"',
        '""',
        'ferry AND OR NOT',
        'NEAR(ferry harbour',
        'NEAR/2',
        '*',
        '**ferry',
        '^ferry',
        'headline:ferry',
        '{headline standfirst}: ferry',
        "'; DROP TABLE articles; --",
        'ferry) OR 1=1 --',
        '\\ % _ ; : & | ! < > @@ ~',
        '🚢⛴️ ferry 🇬🇧',
        'ƒérry ﬀ Ｆｅｒｒｙ',
        '\u0000\u0002 ferry \u0003',
        'x'.repeat(100_000),
        'ferry '.repeat(500),
        'a* b* c*',
      ];
      for (const q of hostile) {
        const page = await store.search(q, { limit: 5, now: NOW });
        expect(page.total, q.slice(0, 40)).toBeGreaterThanOrEqual(page.items.length);
      }
      expect(await slugs(store, '"night ferry')).toEqual(['night-ferry']);
      expect((await slugs(store, '^ferry)')).sort()).toEqual(['harbour-fees', 'lighthouse', 'night-ferry']);
      expect(await slugs(store, "'; DROP TABLE articles; --")).toEqual([]);
      expect(await slugs(store, '🚢')).toEqual([]);
      expect(await store.countArticles()).toBe(5);
    });
  });
}
