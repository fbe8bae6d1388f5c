/**
 * @module
 * Tests of `GET /v1/articles/{slug}/comments`, through the app, over a real SQLite store.
 */
import type { Article } from '@dateline/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { addComment } from '../../testing/comments.ts';
import { NOW, save, story, testStore } from '../../testing/fixtures.ts';
import type { Store } from '../../store/store.ts';

interface Thread {
  id: string;
  parentId: string | null;
  replies: Thread[];
}
interface Page {
  items: Thread[];
  nextCursor: string | null;
  total: number;
}

let store: Store;
let article: Article;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  store = await testStore();
  article = await save(store, story(1, { slug: 'ferry' }));
  app = createApp({ store, now: () => NOW });
});
afterEach(async () => {
  await store.close();
});

async function page(query = '', slug = 'ferry'): Promise<Page> {
  const res = await app.request(`/v1/articles/${slug}/comments${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
}

/** The tree as `id(child child…)`. */
const shape = (threads: Thread[]): string => threads.map((t) => (t.replies.length === 0 ? t.id : `${t.id}(${shape(t.replies)})`)).join(' ');

describe('GET /v1/articles/{slug}/comments', () => {
  it('serves approved comments as threads, oldest first, with the count of visible comments', async () => {
    await addComment(store, article, { id: 'a', minutesAgo: 50, email: 'secret@example.org' });
    await addComment(store, article, { id: 'b', minutesAgo: 40 });
    await addComment(store, article, { id: 'a1', parentId: 'a', minutesAgo: 30 });
    await addComment(store, article, { id: 'a1a', parentId: 'a1', minutesAgo: 20 });
    await addComment(store, article, { id: 'a2', parentId: 'a', minutesAgo: 10 });
    await addComment(store, article, { id: 'held', minutesAgo: 5, status: 'pending' });
    await addComment(store, article, { id: 'held-reply', parentId: 'b', status: 'pending' });
    const res = await app.request('/v1/articles/ferry/comments');
    const text = await res.text();
    const body = JSON.parse(text) as Page;
    expect([shape(body.items), body.total, body.nextCursor]).toEqual(['a(a1(a1a) a2) b', 5, null]);
    expect(body.items[0]).toMatchObject({
      id: 'a',
      articleSlug: 'ferry',
      parentId: null,
      authorName: 'Ana Ribeiro',
      createdAt: '2026-05-08T11:10:00.000Z',
    });
    expect(Object.keys(body.items[0]!).sort()).toEqual(['articleSlug', 'authorName', 'body', 'createdAt', 'id', 'parentId', 'replies']);
    expect(text).not.toMatch(/example\.org|email|heldReason/);
  });

  it('orders top-level comments newest first on request, keeping replies oldest first', async () => {
    await addComment(store, article, { id: 'old', minutesAgo: 50 });
    await addComment(store, article, { id: 'new', minutesAgo: 40 });
    await addComment(store, article, { id: 'r2', parentId: 'old', minutesAgo: 10 });
    await addComment(store, article, { id: 'r1', parentId: 'old', minutesAgo: 20 });
    expect(shape((await page('?order=newest')).items)).toBe('new old(r1 r2)');
  });

  it('pages through top-level comments with their replies', async () => {
    for (let n = 5; n >= 1; n -= 1) await addComment(store, article, { id: `t${n}`, minutesAgo: 60 - n });
    await addComment(store, article, { id: 't3-reply', parentId: 't3' });
    const first = await page('?limit=2');
    const second = await page(`?limit=2&cursor=${first.nextCursor}`);
    const third = await page(`?limit=2&cursor=${second.nextCursor}`);
    expect([first, second, third].map((p) => shape(p.items))).toEqual(['t1 t2', 't3(t3-reply) t4', 't5']);
    expect([first.total, third.nextCursor]).toEqual([6, null]);
  });

  it('lists replies nested deeper than five levels beside their parent', async () => {
    await addComment(store, article, { id: 'd0', minutesAgo: 60 });
    for (let d = 1; d <= 7; d += 1) await addComment(store, article, { id: `d${d}`, parentId: `d${d - 1}`, minutesAgo: 60 - d });
    expect(shape((await page()).items)).toBe('d0(d1(d2(d3(d4(d5 d6 d7)))))');
  });

  it('is cacheable for a few seconds by browsers and shared caches', async () => {
    const res = await app.request('/v1/articles/ferry/comments');
    expect(res.headers.get('cache-control')).toBe('public, max-age=10, s-maxage=10, stale-while-revalidate=30');
  });

  it('shows a comment at once, and drops a rejected one at once, even when another process wrote them', async () => {
    await addComment(store, article, { id: 'first', minutesAgo: 20 });
    expect(shape((await page()).items)).toBe('first');
    // Written straight to the database, as another API process or the command line would.
    await addComment(store, article, { id: 'second', minutesAgo: 10 });
    expect(shape((await page()).items)).toBe('first second');
    await store.setCommentStatus('first', 'rejected');
    expect(shape((await page()).items)).toBe('second');
  });

  it('answers 304 to a reader whose copy is current, and 200 once the comments change', async () => {
    await addComment(store, article, { id: 'first' });
    const etag = (await app.request('/v1/articles/ferry/comments')).headers.get('etag')!;
    expect((await app.request('/v1/articles/ferry/comments', { headers: { 'if-none-match': etag } })).status).toBe(304);
    await addComment(store, article, { id: 'second' });
    expect((await app.request('/v1/articles/ferry/comments', { headers: { 'if-none-match': etag } })).status).toBe(200);
  });

  it('answers an article without comments with an empty page', async () => {
    expect(await page()).toEqual({ items: [], nextCursor: null, total: 0 });
  });

  it('answers 404 for a missing, draft or archived article, even one with comments', async () => {
    const draft = await save(store, story(2, { slug: 'draft', status: 'draft' }));
    await save(store, story(3, { slug: 'archived', status: 'archived' }));
    await addComment(store, draft);
    for (const slug of ['no-such-story', 'draft', 'archived']) {
      const res = await app.request(`/v1/articles/${slug}/comments`);
      expect([res.status, res.headers.get('content-type')]).toEqual([404, 'application/problem+json']);
    }
  });

  it('describes invalid query parameters, and a cursor it did not issue, naming each', async () => {
    const res = await app.request('/v1/articles/ferry/comments?order=best&limit=0');
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "Invalid query parameters: order: must be oldest or newest; limit: must be an integer from 1 to 100.",
        "errors": [
          {
            "message": "must be oldest or newest",
            "path": "order",
          },
          {
            "message": "must be an integer from 1 to 100",
            "path": "limit",
          },
        ],
        "instance": "/v1/articles/ferry/comments",
        "status": 400,
        "title": "Invalid request",
        "type": "about:blank",
      }
    `);
    const cursor = await app.request('/v1/articles/ferry/comments?cursor=bogus');
    expect([cursor.status, (await cursor.json()).errors]).toEqual([400, [{ path: 'cursor', message: 'is not a cursor this API issued' }]]);
  });
});
