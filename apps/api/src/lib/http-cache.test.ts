/**
 * @module
 * Tests of conditional GETs, Cache-Control and the response cache, through the app over real
 * SQLite: what a reader's browser or a CDN would notice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareArticle } from '@dateline/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { contentHash } from '../services/content-hash.ts';
import type { Store } from '../store/store.ts';
import { NOW, save, story, testStore } from '../testing/fixtures.ts';
import { bearer } from '../testing/tokens.ts';

const PUBLIC = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';
let dir: string;
let store: Store;
let clock: Date;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-cache-'));
  store = await testStore(join(dir, 'api.db'));
  clock = NOW;
  app = createApp({ store, now: () => clock });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

describe('ETags and 304', () => {
  it('gives every successful GET a strong ETag and answers a matching If-None-Match with 304', async () => {
    await save(store, story(1, { slug: 'ferry' }));
    for (const path of ['/v1/articles/ferry', '/v1/articles?limit=5', '/healthz']) {
      const res = await get(path);
      const etag = res.headers.get('etag');
      expect(etag, path).toMatch(/^"[\w-]{22}"$/);
      const again = await get(path, { 'If-None-Match': `"other", ${etag}` });
      expect([again.status, await again.text(), again.headers.get('etag')], path).toEqual([304, '', etag]);
      expect(again.headers.get('cache-control'), path).toBe(res.headers.get('cache-control'));
    }
  });

  it('changes the ETag when the article changes, and serves the new version at once', async () => {
    await save(store, story(1, { slug: 'ferry' }));
    const before = await get('/v1/articles/ferry');
    await save(store, story(1, { slug: 'ferry', standfirst: 'Now with a standfirst.' }));
    const after = await get('/v1/articles/ferry', { 'If-None-Match': before.headers.get('etag')! });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(await after.json()).toMatchObject({ standfirst: 'Now with a standfirst.' });
  });
});

describe('Cache-Control', () => {
  it('lets browsers and CDNs keep public articles and listings, but never probes or errors', async () => {
    await save(store, story(1, { slug: 'ferry' }));
    expect((await get('/v1/articles/ferry')).headers.get('cache-control')).toBe(PUBLIC);
    expect((await get('/v1/articles')).headers.get('cache-control')).toBe(PUBLIC);
    expect((await get('/v1/articles/ferry')).headers.get('vary')).toBe('Authorization, Cookie');
    expect((await get('/healthz')).headers.get('cache-control')).toBe('no-store');
    expect((await get('/readyz')).headers.get('cache-control')).toBe('no-store');
    expect((await get('/v1/articles/missing')).headers.get('cache-control')).toBe('no-store');
    expect((await get('/v1/articles?limit=0')).headers.get('cache-control')).toBe('no-store');
  });

  it('keeps anything read with a token out of every cache', async () => {
    await save(store, story(1, { slug: 'ferry' }));
    await save(store, story(2, { slug: 'draft', status: 'draft' }));
    const token = await bearer(store, 'moderator');
    for (const path of ['/v1/articles/ferry', '/v1/articles/draft', '/v1/articles']) {
      expect((await get(path, token)).headers.get('cache-control'), path).toBe('private, no-store');
    }
  });
});

describe('the response cache', () => {
  it('shows drafts, archived and scheduled articles only with a token, of any role', async () => {
    await save(store, story(1, { slug: 'public' }));
    await save(store, story(2, { slug: 'draft', status: 'draft' }));
    await save(store, story(3, { slug: 'archived', status: 'archived' }));
    await save(store, story(-2, { slug: 'scheduled' }));
    const slugs = async (headers: Record<string, string> = {}) =>
      ((await (await get('/v1/articles', headers)).json()) as { items: { slug: string }[] }).items.map((a) => a.slug).sort();
    expect(await slugs()).toEqual(['public']);
    expect(await slugs(await bearer(store, 'moderator'))).toEqual(['archived', 'draft', 'public', 'scheduled']);
    expect(await slugs()).toEqual(['public']);
    for (const slug of ['draft', 'archived', 'scheduled']) {
      expect((await get(`/v1/articles/${slug}`)).status, slug).toBe(404);
      expect((await get(`/v1/articles/${slug}`, await bearer(store, 'editor'))).status, slug).toBe(200);
    }
  });

  it('sees a write from another process sharing the database on the next request', async () => {
    await save(store, story(1, { slug: 'ferry' }));
    await get('/v1/articles/ferry');
    await get('/v1/articles');
    const importer = await testStore(join(dir, 'api.db'));
    try {
      await save(importer, story(1, { slug: 'ferry', headline: 'Ferry timetable changes' }));
      await save(importer, story(0.5, { slug: 'breaking' }));
      await importer.deleteArticle('harbour-report-number-9');
    } finally {
      await importer.close();
    }
    expect(await (await get('/v1/articles/ferry')).json()).toMatchObject({ headline: 'Ferry timetable changes' });
    expect(await (await get('/v1/articles')).json()).toMatchObject({ total: 2, items: [{ slug: 'breaking' }, { slug: 'ferry' }] });
  });

  it('lists a scheduled article once its time comes, without any write', async () => {
    await save(store, story(1, { slug: 'now' }));
    await save(store, story(-1, { slug: 'in-an-hour' }));
    expect(await (await get('/v1/articles')).json()).toMatchObject({ total: 1 });
    clock = new Date(NOW.getTime() + 3_600_000);
    expect(await (await get('/v1/articles')).json()).toMatchObject({ total: 2, items: [{ slug: 'in-an-hour' }, { slug: 'now' }] });
    expect((await get('/v1/articles/in-an-hour')).status).toBe(200);
  });

  it('forgets a deleted article at once', async () => {
    await save(store, story(1, { slug: 'ferry' }));
    expect((await get('/v1/articles/ferry')).status).toBe(200);
    await store.deleteArticle('ferry');
    expect((await get('/v1/articles/ferry')).status).toBe(404);
  });
});

describe('Last-Modified and If-Modified-Since', () => {
  const HOUR = 3_600_000;
  /** Saves `input` as if edited at `at`, which becomes its updatedAt. */
  async function saveAt(input: ReturnType<typeof story>, at: Date, id: string = crypto.randomUUID()) {
    await store.saveArticle(prepareArticle(input, { id, now: at }), contentHash(input));
  }
  const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR);

  it('dates an article by its last update and a list by its newest-updated article', async () => {
    await saveAt(story(1, { slug: 'ferry' }), at(-2));
    await saveAt(story(2, { slug: 'storm' }), at(-5));
    expect((await get('/v1/articles/ferry')).headers.get('last-modified')).toBe(at(-2).toUTCString());
    expect((await get('/v1/articles/storm')).headers.get('last-modified')).toBe(at(-5).toUTCString());
    expect((await get('/v1/articles?limit=5')).headers.get('last-modified')).toBe(at(-2).toUTCString());
    // Only what the page lists counts: oldest first, one a page, the older story alone.
    expect((await get('/v1/articles?order=oldest&limit=1')).headers.get('last-modified')).toBe(at(-5).toUTCString());
  });

  it('answers 304 to If-Modified-Since from the last change on, for readers and for signed-in clients', async () => {
    await saveAt(story(1, { slug: 'ferry' }), at(-2));
    const token = await bearer(store, 'editor');
    for (const headers of [{}, token]) {
      for (const path of ['/v1/articles/ferry', '/v1/articles']) {
        const full = await get(path, headers);
        const since = full.headers.get('last-modified')!;
        const unchanged = await get(path, { ...headers, 'If-Modified-Since': since });
        expect(
          [unchanged.status, await unchanged.text(), unchanged.headers.get('last-modified'), unchanged.headers.get('etag')],
          path,
        ).toEqual([304, '', since, full.headers.get('etag')]);
        const later = await get(path, { ...headers, 'If-Modified-Since': at(1).toUTCString() });
        expect(later.status, path).toBe(304);
        const earlier = await get(path, { ...headers, 'If-Modified-Since': new Date(at(-2).getTime() - 1000).toUTCString() });
        expect(earlier.status, path).toBe(200);
        expect((await get(path, { ...headers, 'If-Modified-Since': 'last week' })).status, path).toBe(200);
      }
    }
  });

  it('sends the article again once it is updated', async () => {
    await saveAt(story(1, { slug: 'ferry' }), at(-2), 'ferry-id');
    const since = (await get('/v1/articles/ferry')).headers.get('last-modified')!;
    await saveAt(story(1, { slug: 'ferry', headline: 'Ferry timetable changes' }), at(-1), 'ferry-id');
    const res = await get('/v1/articles/ferry', { 'If-Modified-Since': since });
    expect([res.status, res.headers.get('last-modified')]).toEqual([200, at(-1).toUTCString()]);
  });

  it('lets If-None-Match decide when both are sent', async () => {
    await saveAt(story(1, { slug: 'ferry' }), at(-2));
    const full = await get('/v1/articles/ferry');
    const since = full.headers.get('last-modified')!;
    expect((await get('/v1/articles/ferry', { 'If-None-Match': '"other"', 'If-Modified-Since': since })).status).toBe(200);
    expect(
      (
        await get('/v1/articles/ferry', {
          'If-None-Match': full.headers.get('etag')!,
          'If-Modified-Since': 'Thu, 01 Jan 1970 00:00:00 GMT',
        })
      ).status,
    ).toBe(304);
  });

  it('gives HEAD the same Last-Modified and the same 304', async () => {
    await saveAt(story(1, { slug: 'ferry' }), at(-2));
    const head = await app.request('/v1/articles/ferry', { method: 'HEAD' });
    expect([head.status, head.headers.get('last-modified')]).toEqual([200, at(-2).toUTCString()]);
    const conditional = await app.request('/v1/articles/ferry', { method: 'HEAD', headers: { 'If-Modified-Since': at(-2).toUTCString() } });
    expect(conditional.status).toBe(304);
  });
});
