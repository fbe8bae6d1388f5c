/**
 * @module
 * Tests of the article services over a real SQLite store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOW, story, testStore } from '../testing/fixtures.ts';
import type { Store } from '../store/store.ts';
import { getArticle, importArticle, listArticles } from './articles.ts';
import { canonicalJson, contentHash, revisionHash } from './content-hash.ts';

let store: Store;
beforeEach(async () => {
  store = await testStore();
});
afterEach(async () => {
  await store.close();
});

const later = new Date('2026-05-10T08:00:00.000Z');

describe('importArticle', () => {
  it('creates, then finds a re-import unchanged, and the same content under another slug a duplicate', async () => {
    const input = story(1, { publishedAt: undefined });
    const created = await importArticle(store, input, { now: NOW, newId: () => 'id-1' });
    expect(created).toEqual({ outcome: 'created', id: 'id-1', slug: 'harbour-report-number-1', requestedSlug: 'harbour-report-number-1' });
    expect(await importArticle(store, input, { now: later, newId: () => 'id-2' })).toMatchObject({ outcome: 'unchanged', id: 'id-1' });
    expect(await importArticle(store, { ...input, slug: 'copy-of-the-report' }, { now: later, newId: () => 'id-3' })).toEqual({
      outcome: 'duplicate',
      id: 'id-1',
      slug: 'harbour-report-number-1',
      requestedSlug: 'copy-of-the-report',
    });
    expect(await store.countArticles()).toBe(1);
  });

  it('updates changed content under the same slug, keeping id, creation and first publication', async () => {
    const input = story(1, { publishedAt: undefined });
    await importArticle(store, input, { now: NOW, newId: () => 'id-1' });
    const result = await importArticle(store, { ...input, standfirst: 'A calmer week.' }, { now: later, newId: () => 'id-2' });
    expect(result).toMatchObject({ outcome: 'updated', id: 'id-1' });
    expect(await getArticle(store, result.slug, { now: later })).toMatchObject({
      id: 'id-1',
      standfirst: 'A calmer week.',
      createdAt: NOW.toISOString(),
      publishedAt: NOW.toISOString(),
      updatedAt: later.toISOString(),
    });
  });

  it('keeps two files whose different stories share a headline apart, and re-imports each onto its own article', async () => {
    const city = story(1, { headline: 'Council passes the budget', publishedAt: undefined });
    const county = {
      ...city,
      body: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'The county froze its rates.' }] }],
    };
    const first = await importArticle(store, city, { importKey: '/news/city.md', now: NOW, newId: () => 'id-1' });
    const second = await importArticle(store, county, { importKey: '/news/county.md', now: NOW, newId: () => 'id-2' });
    expect([first.slug, second]).toEqual([
      'council-passes-the-budget',
      { outcome: 'created', id: 'id-2', slug: 'council-passes-the-budget-2', requestedSlug: 'council-passes-the-budget' },
    ]);
    const edited = await importArticle(store, { ...county, standfirst: 'Rates stay put.' }, { importKey: '/news/county.md', now: later });
    expect(edited).toMatchObject({ outcome: 'updated', id: 'id-2', slug: 'council-passes-the-budget-2' });
    expect(await getArticle(store, edited.slug, { now: later })).toMatchObject({
      publishedAt: NOW.toISOString(),
      standfirst: 'Rates stay put.',
    });
    expect((await getArticle(store, first.slug, { now: later }))?.standfirst).toBeUndefined();
  });

  it('rejects invalid input with the validation error and stores nothing', async () => {
    await expect(importArticle(store, { headline: 'No body', body: [] })).rejects.toMatchObject({ name: 'ZodError' });
    expect(await store.countArticles()).toBe(0);
  });
});

describe('contentHash', () => {
  it('covers the story only: not key order, defaults, slug, tags or section, but headline, standfirst and body', () => {
    const input = story(1);
    const reordered = Object.fromEntries(Object.entries(input).reverse()) as typeof input;
    expect(contentHash(reordered)).toBe(contentHash(input));
    expect(contentHash({ ...input, language: 'en', status: 'published', slug: 'elsewhere' })).toBe(contentHash(input));
    expect(contentHash({ ...input, tags: [{ name: 'Weather' }], section: { name: 'Sport' } })).toBe(contentHash(input));
    expect(contentHash({ ...input, headline: 'Harbour report number one' })).not.toBe(contentHash(input));
    expect(contentHash({ ...input, standfirst: 'Busy.' })).not.toBe(contentHash(input));
  });

  it('has a revision hash that also notices filing changes, but not the slug', () => {
    const input = story(1);
    expect(revisionHash({ ...input, slug: 'elsewhere' })).toBe(revisionHash(input));
    expect(revisionHash({ ...input, tags: [{ name: 'Weather' }] })).not.toBe(revisionHash(input));
  });

  it('writes canonical JSON with sorted keys', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
  });
});

describe('listArticles', () => {
  it('defaults to the newest 20 public articles', async () => {
    for (let n = 1; n <= 22; n += 1) await importArticle(store, story(n), { now: NOW });
    const page = await listArticles(store, {}, { now: NOW });
    expect(page.items).toHaveLength(20);
    expect(page.items[0]?.slug).toBe('harbour-report-number-1');
    expect(page.total).toBe(22);
  });
});
