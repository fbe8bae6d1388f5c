/**
 * @module
 * Tests that the summary stored with an article, and listed, holds every field of the model's
 * `ArticleSummary`, so a field added to the schema reaches the listings.
 */
import { ArticleSummary, prepareArticle } from '@dateline/model';
import { afterEach, describe, expect, it } from 'vitest';
import { NOW, save, story, testStore } from '../testing/fixtures.ts';
import type { Store } from './store.ts';
import { toSummary } from './article-rows.ts';

// Every optional summary field set: a field added to `ArticleSummary` as optional must be set
// here too, or the first test names it as missing.
const full = story(1, {
  standfirst: 'Calmer by evening.',
  leadImage: { src: 'https://example.org/harbour.jpg', alt: 'Boats at the quay' },
});

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('toSummary', () => {
  it('has every field of the ArticleSummary schema, in its order, and nothing else', () => {
    const summary = toSummary(prepareArticle(full, { id: 'a1', now: NOW }));
    expect(Object.keys(summary)).toEqual(Object.keys(ArticleSummary.shape));
  });

  it('gives what the schema picks from the article, leaving out the optional fields it lacks', () => {
    const plain = prepareArticle(story(2), { id: 'a2', now: NOW });
    expect(plain.standfirst).toBeUndefined();
    expect(toSummary(plain)).toEqual(ArticleSummary.parse(plain));
    expect(toSummary(plain)).not.toHaveProperty('standfirst');
  });

  it('is what a listing returns for a stored article', async () => {
    store = await testStore();
    const article = await save(store, full);
    const page = await store.listArticles({ order: 'newest', limit: 5, now: NOW });
    expect(page.items).toEqual([ArticleSummary.parse(article)]);
  });
});
