/**
 * @module
 * Tests of the public article routes, through the app, over a real SQLite store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { NOW, save, story, testStore } from '../../testing/fixtures.ts';
import type { Store } from '../../store/store.ts';

interface Page {
  items: { slug: string; headline: string; publishedAt: string | null }[];
  nextCursor: string | null;
  total: number;
}

let store: Store;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  store = await testStore();
  app = createApp({ store, now: () => NOW });
});
afterEach(async () => {
  await store.close();
});

async function page(query: string): Promise<Page> {
  const res = await app.request(`/v1/articles${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
}

/** Follows `nextCursor` to the end and returns every slug seen, page by page. */
async function walk(query: string, between?: (pageIndex: number) => Promise<void>): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const p: Page = await page(`${query}${cursor ? `&cursor=${cursor}` : ''}`);
    pages.push(p.items.map((a) => a.slug));
    cursor = p.nextCursor;
    await between?.(pages.length);
  } while (cursor);
  return pages;
}

describe('GET /v1/articles', () => {
  it('lists public articles newest first, with the total', async () => {
    for (const n of [3, 1, 2]) await save(store, story(n));
    const body = await page('');
    expect(body.items.map((a) => a.slug)).toEqual(['harbour-report-number-1', 'harbour-report-number-2', 'harbour-report-number-3']);
    expect(body).toMatchObject({ nextCursor: null, total: 3 });
    expect(Object.keys(body.items[0]!)).not.toContain('body');
  });

  it('lists oldest first on request', async () => {
    for (const n of [3, 1, 2]) await save(store, story(n));
    expect((await page('?order=oldest')).items.map((a) => a.slug.at(-1))).toEqual(['3', '2', '1']);
  });

  it('pages through everything once, in order, even when articles are added between pages', async () => {
    for (let n = 1; n <= 7; n += 1) await save(store, story(n));
    // Same publication time for two articles: the id breaks the tie, so neither is lost.
    await save(store, story(4, { slug: 'harbour-report-number-4-twin', headline: 'Twin of report four' }));
    const pages = await walk('?limit=3', async (i) => {
      if (i === 1) await save(store, story(0.5, { slug: 'breaking-news' }));
      if (i === 2) await save(store, story(6.5, { slug: 'late-arrival-older' }));
    });
    const seen = pages.flat();
    expect(pages.map((p) => p.length)).toEqual([3, 3, 3]);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).not.toContain('breaking-news');
    expect(seen).toContain('late-arrival-older');
    expect(seen).toHaveLength(9);
  });

  it('filters by section, tag and author, counting only matches', async () => {
    for (let n = 1; n <= 6; n += 1) await save(store, story(n));
    const slugs = async (q: string) => (await page(q)).items.map((a) => Number(a.slug.split('-').at(-1)));
    expect(await slugs('?section=business')).toEqual([3, 6]);
    expect(await slugs('?tag=boats')).toEqual([2, 4, 6]);
    expect(await slugs('?author=oskar-lund')).toEqual([1, 3, 5]);
    expect(await slugs('?author=oskar-lund&section=business')).toEqual([3]);
    expect(await page('?tag=boats&limit=1')).toMatchObject({ total: 3 });
    expect(await slugs('?tag=no-such-tag')).toEqual([]);
  });

  it('filters by publication time', async () => {
    for (let n = 1; n <= 4; n += 1) await save(store, story(n));
    const q = `?from=${story(3).publishedAt}&to=${story(1).publishedAt}`;
    expect((await page(q)).items.map((a) => a.slug.at(-1))).toEqual(['2', '3']);
  });

  it('never lists drafts, archived or future-dated articles', async () => {
    await save(store, story(1, { status: 'draft' }));
    await save(store, story(2, { status: 'archived' }));
    await save(store, story(-1));
    await save(store, story(3));
    expect(await page('')).toMatchObject({ total: 1, items: [{ slug: 'harbour-report-number-3' }] });
  });

  it.each(['0', '101', 'ten', '2.5', ''])('rejects limit=%s with a 400 stating the range', async (limit) => {
    const res = await app.request(`/v1/articles?limit=${limit}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ errors: [{ path: 'limit', message: 'must be an integer from 1 to 100' }] });
  });

  it('describes every invalid parameter in one problem document', async () => {
    const res = await app.request('/v1/articles?limit=500&order=random&tag=Not%20A%20Slug');
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "Invalid query parameters: limit: must be an integer from 1 to 100; order: must be newest or oldest; tag: lower-case letters, digits and single hyphens only.",
        "errors": [
          {
            "message": "must be an integer from 1 to 100",
            "path": "limit",
          },
          {
            "message": "must be newest or oldest",
            "path": "order",
          },
          {
            "message": "lower-case letters, digits and single hyphens only",
            "path": "tag",
          },
        ],
        "instance": "/v1/articles",
        "status": 400,
        "title": "Invalid request",
        "type": "about:blank",
      }
    `);
  });

  it('rejects a cursor it did not issue, or one from the other order', async () => {
    for (let n = 1; n <= 3; n += 1) await save(store, story(n));
    const bad = await app.request('/v1/articles?cursor=bogus');
    expect([bad.status, await bad.json()]).toMatchObject([
      400,
      { errors: [{ path: 'cursor', message: 'is not a cursor this API issued' }] },
    ]);
    const { nextCursor } = await page('?limit=1');
    const crossed = await app.request(`/v1/articles?order=oldest&cursor=${nextCursor}`);
    expect(await crossed.json()).toMatchObject({
      status: 400,
      detail: 'Invalid query parameters: cursor: was issued for order=newest, not order=oldest.',
    });
  });
});

describe('GET /v1/articles/{slug}', () => {
  it('serves the full article', async () => {
    const saved = await save(store, story(1, { standfirst: 'The short version.' }));
    const res = await app.request(`/v1/articles/${saved.slug}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(saved);
  });

  it('answers 404 with a problem document for a missing, draft or scheduled article', async () => {
    await save(store, story(1, { slug: 'a-draft', status: 'draft' }));
    await save(store, story(-2, { slug: 'next-week' }));
    for (const slug of ['no-such-story', 'a-draft', 'next-week']) {
      const res = await app.request(`/v1/articles/${slug}`);
      expect([res.status, res.headers.get('content-type')]).toEqual([404, 'application/problem+json']);
    }
    expect(await (await app.request('/v1/articles/a-draft')).json()).toMatchInlineSnapshot(`
      {
        "detail": "No published article has the slug "a-draft".",
        "instance": "/v1/articles/a-draft",
        "status": 404,
        "title": "Not Found",
        "type": "about:blank",
      }
    `);
  });
});
