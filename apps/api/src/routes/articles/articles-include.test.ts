/**
 * @module
 * Tests of `GET /v1/articles/{slug}?include=…`: an article with its comments and related
 * articles in one answer, the same as their own endpoints give, kept current by the response
 * cache and ETags. Every JSON response is checked against the OpenAPI document.
 */
import type { Article } from '@dateline/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Store } from '../../store/store.ts';
import { addComment } from '../../testing/comments.ts';
import { named, reported } from '../../testing/entity-fixtures.ts';
import { NOW, save, testStore } from '../../testing/fixtures.ts';
import { checkedRequest } from '../../testing/openapi-check.ts';
import { bearer } from '../../testing/tokens.ts';

const MOSCOW = [named('place', 'Moscow')];

let store: Store;
let now: Date;
let request: Awaited<ReturnType<typeof checkedRequest>>;
let article: Article;
beforeEach(async () => {
  store = await testStore();
  now = NOW;
  request = await checkedRequest(createApp({ store, now: () => now }));
  article = await save(store, reported(1, MOSCOW, [], { slug: 'ferry' }));
});
afterEach(async () => {
  await store.close();
});

async function json<T = Record<string, unknown>>(path: string, init?: RequestInit): Promise<T> {
  const res = await request(path, init);
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

interface WithIncludes {
  slug: string;
  comments?: { items: { id: string }[]; total: number };
  related?: { slug: string; headline: string }[];
}

describe('GET /v1/articles/{slug}?include=', () => {
  it('adds the comments and related articles their own endpoints give, in either order of asking', async () => {
    await save(store, reported(2, MOSCOW));
    await addComment(store, article, { id: 'first', minutesAgo: 20 });
    await addComment(store, article, { id: 'reply', parentId: 'first', minutesAgo: 10 });
    await addComment(store, article, { id: 'held', status: 'pending' });
    const both = await request('/v1/articles/ferry?include=comments,related');
    const text = await both.text();
    const { comments, related, ...rest } = JSON.parse(text) as WithIncludes;
    expect(rest).toEqual(await json('/v1/articles/ferry'));
    expect(comments).toEqual(await json('/v1/articles/ferry/comments'));
    expect(related).toEqual((await json<{ items: unknown[] }>('/v1/articles/ferry/related')).items);
    expect([comments?.total, related?.map((a) => a.slug)]).toEqual([2, ['harbour-report-number-2']]);
    expect(await (await request('/v1/articles/ferry?include=related,comments')).text()).toBe(text);
    expect(Object.keys(await json('/v1/articles/ferry?include=related'))).not.toContain('comments');
    expect(Object.keys(await json('/v1/articles/ferry?include=comments'))).not.toContain('related');
  });

  it('answers without them as before: no extra fields, and an ETag a new comment leaves alone', async () => {
    const plain = await request('/v1/articles/ferry');
    expect(Object.keys(await plain.clone().json()).sort()).toEqual(Object.keys(article).sort());
    await request('/v1/articles/ferry?include=comments,related');
    await addComment(store, article);
    const again = await request('/v1/articles/ferry');
    expect([await again.text(), again.headers.get('etag')]).toEqual([await plain.text(), plain.headers.get('etag')]);
  });

  it('answers 304 while nothing shown changed, and 200 with the comment once one is added, even by another process', async () => {
    await addComment(store, article, { id: 'first' });
    const path = '/v1/articles/ferry?include=comments,related';
    const first = await request(path);
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toBe('public, max-age=10, s-maxage=10, stale-while-revalidate=30');
    expect((await request(path, { headers: { 'if-none-match': etag } })).status).toBe(304);
    // Written straight to the database, as another API process or the command line would.
    await addComment(store, article, { id: 'second' });
    const changed = await request(path, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(((await changed.json()) as WithIncludes).comments?.items.map((c) => c.id)).toEqual(['first', 'second']);
  });

  it('shows an edited related article at once, and one whose publication time comes', async () => {
    const other = await save(store, reported(2, MOSCOW));
    await save(store, reported(3, MOSCOW, [], { publishedAt: new Date(NOW.getTime() + 3_600_000).toISOString() }));
    const related = async () => (await json<WithIncludes>('/v1/articles/ferry?include=related')).related?.map((a) => a.headline);
    expect(await related()).toEqual(['Harbour report number 2']);
    // Written straight to the database, as another API process or the command line would.
    await save(store, reported(2, MOSCOW, [], { slug: other.slug, headline: 'Harbour report, corrected' }), other.id);
    expect(await related()).toEqual(['Harbour report, corrected']);
    now = new Date(NOW.getTime() + 2 * 3_600_000);
    expect(await related()).toEqual(['Harbour report, corrected', 'Harbour report number 3']);
  });

  it('answers 404 for an article readers may not see, which a token shows with its parts', async () => {
    await save(store, reported(4, MOSCOW, [], { slug: 'a-draft', status: 'draft' }));
    expect((await request('/v1/articles/a-draft?include=comments,related')).status).toBe(404);
    const editor = { headers: await bearer(store, 'editor') };
    const draft = await json<WithIncludes>('/v1/articles/a-draft?include=comments,related', editor);
    expect([draft.slug, draft.comments?.total, draft.related?.map((a) => a.slug)]).toEqual(['a-draft', 0, ['ferry']]);
  });

  it('names the values it takes when include asks for anything else', async () => {
    const res = await request('/v1/articles/ferry?include=comments,authors');
    expect([res.status, res.headers.get('content-type')]).toEqual([400, 'application/problem+json']);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "Invalid query parameters: include: must be comments or related, or both separated by a comma.",
        "errors": [
          {
            "message": "must be comments or related, or both separated by a comma",
            "path": "include",
          },
        ],
        "instance": "/v1/articles/ferry",
        "status": 400,
        "title": "Invalid request",
        "type": "about:blank",
      }
    `);
    for (const include of ['', 'comments,', 'Comments', 'comments, related']) {
      const bad = await request(`/v1/articles/ferry?include=${encodeURIComponent(include)}`);
      expect([bad.status, (await bad.json()).errors]).toEqual([
        400,
        [{ path: 'include', message: 'must be comments or related, or both separated by a comma' }],
      ]);
    }
  });
});
