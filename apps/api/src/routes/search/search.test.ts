/**
 * @module
 * Tests of `GET /v1/search` through the app, over SQLite and over PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import { NOW, save, story } from '../../testing/fixtures.ts';
import { STORE_KINDS } from '../../testing/store-harness.ts';
import { type TestApp, useTestApp } from '../../testing/app-harness.ts';

interface Results {
  items: { article: { slug: string }; score: number; snippet: string }[];
  total: number;
  nextCursor: string | null;
}

describe.each(STORE_KINDS)('GET /v1/search on %s', (kind) => {
  // The clock of the app: NOW unless a test moves it (and puts it back).
  let clock = NOW;
  const freshApp = useTestApp(kind, { now: () => clock });

  async function withStories(): Promise<TestApp> {
    const t = await freshApp();
    for (let n = 1; n <= 5; n += 1) await save(t.store, story(n));
    await save(t.store, story(6, { slug: 'kept-back', status: 'draft', standfirst: 'Boats and <b>more</b> boats.' }));
    return t;
  }
  const get = async ({ app }: TestApp, query: string) => {
    const res = await app.request(`/v1/search${query}`);
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Results & Record<string, unknown> };
  };

  it('answers published matches with summary, score and highlighted snippet, and the total', async () => {
    const t = await withStories();
    const { status, body } = await get(t, '?q=boats');
    expect(status).toBe(200);
    expect(body.total).toBe(5);
    expect(body.items.map((hit) => hit.article.slug)).not.toContain('kept-back');
    expect(body.items[0]).toMatchObject({ article: { headline: expect.stringMatching(/^Harbour report/) }, score: expect.any(Number) });
    expect(body.items[0]?.snippet).toMatch(/^<mark>Boats<\/mark> came and went on day \d of the season/);
    expect(Object.keys(body.items[0]!.article)).not.toContain('body');
  });

  it('serves a repeated search from the cache, and shows a new matching article at once', async () => {
    const t = await withStories();
    const first = await t.app.request('/v1/search?q=boats');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await t.app.request('/v1/search?q=boats', { headers: { 'If-None-Match': etag! } })).status).toBe(304);

    await save(t.store, story(7, { slug: 'late-boats' }));
    const after = await t.app.request('/v1/search?q=boats', { headers: { 'If-None-Match': etag! } });
    expect(after.status).toBe(200);
    const body = (await after.json()) as Results;
    expect(body.total).toBe(6);
    expect(body.items.map((hit) => hit.article.slug)).toContain('late-boats');
  });

  it('shows a story scheduled after the same search was answered once its time comes', async () => {
    const t = await withStories();
    const slugs = async () => (await get(t, '?q=boats')).body.items.map((hit) => hit.article.slug);
    const total = async (q: string) => (await get(t, `?q=${q}`)).body.total;
    expect(await total('season')).toBe(5);
    await save(t.store, story(8, { slug: 'at-one', publishedAt: new Date(NOW.getTime() + 3_600_000).toISOString() }));
    try {
      expect(await slugs()).not.toContain('at-one');
      expect(await total('came')).toBe(5);
      clock = new Date(NOW.getTime() + 2 * 3_600_000);
      expect(await slugs()).toContain('at-one');
      expect(await total('came')).toBe(6);
    } finally {
      clock = NOW;
    }
  });

  it('applies the filters of the listing', async () => {
    const t = await withStories();
    const slugs = async (query: string) => (await get(t, query)).body.items.map((hit) => hit.article.slug).sort();
    expect(await slugs('?q=harbour&section=business')).toEqual(['harbour-report-number-3']);
    expect(await slugs('?q=harbour&tag=boats&author=ines-calder')).toEqual(['harbour-report-number-2', 'harbour-report-number-4']);
    expect(await slugs(`?q=harbour&from=${story(2).publishedAt}&to=${story(1).publishedAt}`)).toEqual(['harbour-report-number-2']);
  });

  it('pages with the cursor, and refuses one from another search', async () => {
    const t = await withStories();
    const first = await get(t, '?q=season&limit=2');
    expect([first.body.items.length, first.body.total]).toEqual([2, 5]);
    const seen = first.body.items.map((hit) => hit.article.slug);
    let cursor = first.body.nextCursor;
    while (cursor) {
      const next = await get(t, `?q=season&limit=2&cursor=${cursor}`);
      seen.push(...next.body.items.map((hit) => hit.article.slug));
      cursor = next.body.nextCursor;
    }
    expect(new Set(seen).size).toBe(5);
    const crossed = await get(t, `?q=boats&limit=2&cursor=${first.body.nextCursor}`);
    expect([crossed.status, crossed.body.errors]).toEqual([
      400,
      [{ path: 'cursor', message: 'was issued for another search (q or filters differ)' }],
    ]);
  });

  it('answers any query text, however odd, with results or none', async () => {
    const t = await withStories();
    for (const q of ['"boats', "'; DROP TABLE articles; --", 'NEAR(boats', 'boats*', '🚢', '^:*()', 'x'.repeat(5000)]) {
      const res = await get(t, `?q=${encodeURIComponent(q)}`);
      expect(res.status, q.slice(0, 30)).toBe(200);
    }
    expect((await get(t, `?q=${encodeURIComponent('"boats came')}`)).body.total).toBe(5);
  });

  it('rejects a missing or blank q with a problem naming q', async () => {
    const t = await freshApp();
    for (const query of ['', '?q=', '?q=%20%20']) {
      const res = await get(t, query);
      expect([res.status, res.type]).toEqual([400, 'application/problem+json']);
      expect(res.body.errors).toEqual([{ path: 'q', message: 'must not be empty: say what to search for' }]);
    }
    expect((await get(t, '?q=%20')).body).toMatchInlineSnapshot(`
      {
        "detail": "Invalid query parameters: q: must not be empty: say what to search for.",
        "errors": [
          {
            "message": "must not be empty: say what to search for",
            "path": "q",
          },
        ],
        "instance": "/v1/search",
        "status": 400,
        "title": "Invalid request",
        "type": "about:blank",
      }
    `);
  });

  it('says whether the total is exact, and takes exactTotal=true or false only', async () => {
    const t = await withStories();
    for (const query of ['?q=boats', '?q=%22came+and+went%22', '?q=%22came+and+went%22&exactTotal=true', '?q=boats&exactTotal=false']) {
      expect(pick(await get(t, query))).toEqual({ status: 200, total: 5, totalExact: true });
    }
    const res = await get(t, '?q=boats&exactTotal=yes');
    expect([res.status, res.body.errors]).toEqual([400, [{ path: 'exactTotal', message: 'must be true or false' }]]);
  });
  const pick = ({ status, body }: Awaited<ReturnType<typeof get>>) => ({ status, total: body.total, totalExact: body.totalExact });

  it.each(['0', '101', 'ten'])('rejects limit=%s with a 400 stating the range', async (limit) => {
    const res = await get(await freshApp(), `?q=boats&limit=${limit}`);
    expect([res.status, res.body.errors]).toEqual([400, [{ path: 'limit', message: 'must be an integer from 1 to 100' }]]);
  });
});

describe('the OpenAPI document', () => {
  const freshApp = useTestApp('sqlite');

  it('describes /v1/search, its q parameter and its result schemas', async () => {
    const { app } = await freshApp();
    const doc = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, { get: { parameters: { name: string; required?: boolean }[] } }>;
      components: { schemas: Record<string, unknown> };
    };
    const params = doc.paths['/v1/search']!.get.parameters;
    expect(params.map((p) => p.name).sort()).toEqual([
      'author',
      'cursor',
      'exactTotal',
      'from',
      'limit',
      'organization',
      'person',
      'place',
      'q',
      'section',
      'tag',
      'to',
    ]);
    expect(params.find((p) => p.name === 'q')?.required).toBe(true);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['SearchResults', 'SearchHit', 'ArticleSummary']));
  });
});
