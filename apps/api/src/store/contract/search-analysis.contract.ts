/**
 * @module
 * Contract: one text analysis on both databases. Each tricky query finds exactly the stories
 * written beside it, on SQLite as on PostgreSQL: stop words kept, accents folded, apostrophes and
 * hyphens between words, numbers as words, the same stems.
 */
import type { ArticleInput } from '@dateline/model';
import { describe, expect, it } from 'vitest';
import { NOW, save } from '../../testing/fixtures.ts';
import type { StoreHarness } from '../../testing/store-harness.ts';

const story = (headline: string, body: string): ArticleInput => ({
  headline,
  body: [{ type: 'paragraph', content: [{ type: 'text', text: body }] }],
  publishedAt: new Date(NOW.getTime() - 3_600_000).toISOString(),
});

/** Invented stories, by slug. */
const STORIES: Record<string, ArticleInput> = {
  cafe: story('Café reopens in Zürich', 'The café on the Bahnhofstraße serves crème brûlée again, said Renée Ødegård of Σίσυφος.'),
  band: story('The Who play the harbour', 'To be or not to be: the band played for an hour and it was over.'),
  oneill: story("O'Neill's e-mail", "Mr O'Neill didn't send the well-known e-mail; it's in his drafts."),
  numbers: story('Budget of 2,500 pounds', 'The council set aside 2,500 pounds and 3.5 per cent more for 2026.'),
  running: story('Runners ran the running track', 'She runs every day; the runner generalised the general rule.'),
};

/** A query, and the stories it finds on every database. */
const QUERIES: [query: string, finds: string[]][] = [
  ['cafe', ['cafe']],
  ['café', ['cafe']],
  ['zurich', ['cafe']],
  ['CRÈME brulee', ['cafe']],
  ['ødegård', ['cafe']],
  ['odegard', []],
  ['renee', ['cafe']],
  ['bahnhofstrasse', []],
  ['σίσυφος', ['cafe']],
  ['σισυφος', []],
  ['the who', ['band']],
  ['"to be or not to be"', ['band']],
  ['"not to be"', ['band']],
  ['it was', ['band']],
  ['over', ['band']],
  ["o'neill", ['oneill']],
  ['oneill', []],
  ['neill', ['oneill']],
  ["didn't", ['oneill']],
  ['e-mail', ['oneill']],
  ['"well known"', ['oneill']],
  ['email', []],
  ['2,500', ['numbers']],
  ['2500', []],
  ['3.5', ['numbers']],
  ['2026', ['numbers']],
  ['run', ['running']],
  ['running', ['running']],
  ['runner', ['running']],
  ['ran', ['running']],
  ['general', ['running']],
  ['generalised', ['running']],
  ['gen*', ['running']],
  ['the', ['band', 'cafe', 'numbers', 'oneill', 'running']],
];

/**
 * Registers the query-equivalence tests for `harness`'s databases.
 *
 * @example
 * searchAnalysisContract(storeHarness('postgres'));
 */
export function searchAnalysisContract(harness: StoreHarness): void {
  describe('search analysis', () => {
    it('finds the same stories for each tricky query', async () => {
      const store = await (await harness.fresh()).openMigrated();
      for (const [slug, input] of Object.entries(STORIES)) await save(store, { ...input, slug }, slug);
      const found: Record<string, string[]> = {};
      const expected: Record<string, string[]> = {};
      for (const [query, finds] of QUERIES) {
        const page = await store.search(query, { limit: 20, now: NOW });
        found[query] = page.items.map((hit) => hit.article.slug).sort();
        expected[query] = [...finds].sort();
      }
      expect(found).toEqual(expected);
    });
  });
}
