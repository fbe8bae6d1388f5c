/**
 * @module
 * Tests of `cachedBody`: a value is loaded once per article revision and served from the cache
 * until an article changes or the entry expires.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { Store } from '../store/store.ts';
import { NOW, save, story, testStore } from '../testing/fixtures.ts';
import { cachedBody, sendCached } from './cached-json.ts';
import { PUBLIC_CONTENT } from './http-cache.ts';

let store: Store;
let clock: Date;
let loads: number;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  store = await testStore();
  clock = NOW;
  loads = 0;
  app = createApp({ store, now: () => clock });
  app.get('/test/count', async (c) => {
    const hit = await cachedBody(c, 'count', async () => {
      loads += 1;
      return { value: { articles: await store.countArticles() }, expires: new Date(NOW.getTime() + 60_000) };
    });
    return sendCached(c, hit!, PUBLIC_CONTENT);
  });
});
afterEach(async () => {
  await store.close();
});

describe('cachedBody', () => {
  it('loads once, then serves the same bytes and ETag until an article changes', async () => {
    const first = await app.request('/test/count');
    const second = await app.request('/test/count');
    expect([loads, await second.json(), second.headers.get('etag')]).toEqual([1, { articles: 0 }, first.headers.get('etag')]);
    await save(store, story(1));
    expect([await (await app.request('/test/count')).json(), loads]).toEqual([{ articles: 1 }, 2]);
  });

  it('loads again once the entry expires', async () => {
    await app.request('/test/count');
    clock = new Date(NOW.getTime() + 60_000);
    await app.request('/test/count');
    expect(loads).toBe(2);
  });
});
