/**
 * @module
 * Tests of `GET /v1/feed-items`, through the app, on the test project's database.
 */
import type { Article } from '@dateline/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { NOW, save, story, testStore } from '../../testing/fixtures.ts';
import type { Store } from '../../store/store.ts';

let store: Store;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  store = await testStore();
  app = createApp({ store, now: () => NOW });
});
afterEach(async () => {
  await store.close();
});

async function items(query = ''): Promise<Article[]> {
  const res = await app.request(`/v1/feed-items${query}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Article[] }).items;
}

describe('GET /v1/feed-items', () => {
  it('answers the latest public articles whole, newest first, as the article route does', async () => {
    for (const n of [3, 1, 2]) await save(store, story(n));
    await save(store, story(-5, { headline: 'Tomorrow’s tide tables' }));
    await save(store, story(4, { status: 'draft' }));
    const answer = await items();
    expect(answer.map((a) => a.slug)).toEqual(['harbour-report-number-1', 'harbour-report-number-2', 'harbour-report-number-3']);
    const single = await (await app.request('/v1/articles/harbour-report-number-1')).json();
    expect(answer[0]).toEqual(single);
    expect(answer[0]?.body[0]).toMatchObject({ type: 'paragraph' });
  });

  it('keeps to a topic, and to the limit', async () => {
    for (let n = 1; n <= 6; n += 1) await save(store, story(n));
    expect((await items('?section=business')).map((a) => a.slug.at(-1))).toEqual(['3', '6']);
    expect((await items('?tag=boats&author=ines-calder&limit=2')).map((a) => a.slug.at(-1))).toEqual(['2', '4']);
  });

  it('shows a write at once, though the previous answer was cached', async () => {
    await save(store, story(2));
    expect(await items()).toHaveLength(1);
    await save(store, story(1));
    expect((await items()).map((a) => a.slug.at(-1))).toEqual(['1', '2']);
  });

  it('refuses more than 50 articles, naming limit', async () => {
    const res = await app.request('/v1/feed-items?limit=51');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['limit']);
  });
});
