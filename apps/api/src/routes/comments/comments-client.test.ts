/**
 * @module
 * The comment routes through the typed client (`@dateline/api/client`), as the site calls them:
 * paths, inputs and response bodies are checked at compile time, and the calls run against the app.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { type Client, createClient } from '../../client.ts';
import { NOW, save, story, testStore } from '../../testing/fixtures.ts';
import { bearer } from '../../testing/tokens.ts';
import type { Store } from '../../store/store.ts';

let store: Store;
let api: Client;
beforeEach(async () => {
  store = await testStore();
  await save(store, story(1, { slug: 'ferry' }));
  const app = createApp({ store, now: () => NOW });
  api = createClient('http://api.test', { fetch: (input: RequestInfo | URL, init?: RequestInit) => app.request(input, init) });
});
afterEach(async () => {
  await store.close();
});

describe('the typed client', () => {
  it('posts a comment and a reply, reads the thread, and moderates', async () => {
    const comments = api.v1.articles[':slug'].comments;
    const posted = await comments.$post({ param: { slug: 'ferry' }, json: { authorName: 'Ana', body: 'First.' } });
    if (posted.status !== 201) throw new Error(`expected 201, got ${posted.status}`);
    const first = await posted.json();
    await comments.$post({ param: { slug: 'ferry' }, json: { authorName: 'Oskar', body: 'Second.', parentId: first.id } });

    const thread = await comments.$get({ param: { slug: 'ferry' }, query: { order: 'newest' } });
    if (thread.status !== 200) throw new Error(`expected 200, got ${thread.status}`);
    const { items, total } = await thread.json();
    expect([items.map((c) => [c.authorName, c.replies.map((r) => r.authorName)]), total]).toEqual([[['Ana', ['Oskar']]], 2]);

    const headers = await bearer(store, 'moderator');
    const rejected = await api.v1.comments[':id'].$patch({ param: { id: first.id }, json: { status: 'rejected' } }, { headers });
    expect(rejected.status).toBe(200);
    const queue = await api.v1.comments.$get({ query: { status: 'rejected' } }, { headers });
    if (queue.status !== 200) throw new Error(`expected 200, got ${queue.status}`);
    expect((await queue.json()).items.map((c) => c.email)).toEqual([null]);
    expect((await api.v1.comments[':id'].$delete({ param: { id: first.id } }, { headers })).status).toBe(204);
  });
});
