/**
 * @module
 * Tests of the app's cross-cutting behaviour: unknown routes, wrong methods, unexpected errors and
 * the OpenAPI document.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { createLogger } from './lib/logger.ts';
import { testStore } from './testing/fixtures.ts';
import type { Store } from './store/store.ts';

let store: Store;
beforeEach(async () => {
  store = await testStore();
});
afterEach(async () => {
  await store.close();
});

describe('errors', () => {
  it('answers an unknown path with a 404 problem', async () => {
    const res = await createApp({ store }).request('/v2/nothing-here');
    expect([res.status, res.headers.get('content-type')]).toEqual([404, 'application/problem+json']);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "Nothing is served at /v2/nothing-here.",
        "instance": "/v2/nothing-here",
        "status": 404,
        "title": "Not Found",
        "type": "about:blank",
      }
    `);
  });

  it('answers a known path with the wrong method with a 405 and the allowed methods', async () => {
    const app = createApp({ store });
    const res = await app.request('/v1/articles/some-story', { method: 'POST' });
    expect([res.status, res.headers.get('allow')]).toEqual([405, 'GET, HEAD, PUT, PATCH, DELETE, OPTIONS']);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "/v1/articles/some-story does not accept POST; it accepts GET, HEAD, PUT, PATCH, DELETE.",
        "instance": "/v1/articles/some-story",
        "status": 405,
        "title": "Method Not Allowed",
        "type": "about:blank",
      }
    `);
    const options = await app.request('/healthz', { method: 'OPTIONS' });
    expect([options.status, options.headers.get('allow')]).toEqual([204, 'GET, HEAD, OPTIONS']);
    const writable = await app.request('/v1/articles', { method: 'OPTIONS' });
    expect([writable.status, writable.headers.get('allow')]).toEqual([204, 'GET, HEAD, POST, OPTIONS']);
  });

  it('answers HEAD like GET without a body', async () => {
    const res = await createApp({ store }).request('/healthz', { method: 'HEAD' });
    expect([res.status, await res.text()]).toEqual([200, '']);
  });

  it('hides the cause of an unexpected failure from the client and logs it', async () => {
    const lines: string[] = [];
    const logger = createLogger('error', { out: () => {}, err: (line) => lines.push(line) });
    const app = createApp({ store, logger });
    // A fault inside the store that nobody planned for, raised alike on either database.
    store.listArticles = () => Promise.reject(new Error('index articles_by_time is corrupt in /var/lib/dateline/api.db'));
    const res = await app.request('/v1/articles');
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(JSON.parse(text)).toMatchInlineSnapshot(`
      {
        "detail": "The server could not complete the request. The error has been logged.",
        "instance": "/v1/articles",
        "status": 500,
        "title": "Internal Server Error",
        "type": "about:blank",
      }
    `);
    expect(text).not.toMatch(/database|sqlite|corrupt|\.ts/i);
    expect(lines.join('\n')).toMatch(/^GET \/v1\/articles failed: Error: index articles_by_time is corrupt/);
  });
});

describe('GET /openapi.json', () => {
  it('serves an OpenAPI 3.1 document of the routes with the model schemas', async () => {
    const res = await createApp({ store }).request('/openapi.json');
    const doc = (await res.json()) as { openapi: string; paths: Record<string, object>; components: { schemas: Record<string, object> } };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/healthz',
      '/media/{id}/{name}',
      '/readyz',
      '/v1/articles',
      '/v1/articles/{slug}',
      '/v1/articles/{slug}/comments',
      '/v1/articles/{slug}/entities',
      '/v1/articles/{slug}/mentions',
      '/v1/articles/{slug}/preview-links',
      '/v1/articles/{slug}/quotes/{index}',
      '/v1/articles/{slug}/related',
      '/v1/articles/{slug}/revisions',
      '/v1/articles/{slug}/revisions/{a}/diff/{b}',
      '/v1/articles/{slug}/revisions/{id}',
      '/v1/articles/{slug}/revisions/{id}/restore',
      '/v1/auth/session',
      '/v1/auth/setup',
      '/v1/auth/setup/{token}',
      '/v1/auth/sign-in',
      '/v1/auth/sign-out',
      '/v1/auth/sign-out-everywhere',
      '/v1/authors',
      '/v1/authors/{slug}',
      '/v1/comments',
      '/v1/comments/blocks',
      '/v1/comments/blocks/{id}',
      '/v1/comments/moderation/counts',
      '/v1/comments/{id}',
      '/v1/entities',
      '/v1/entities/{slug}',
      '/v1/entities/{slug}/aliases',
      '/v1/entity-merges',
      '/v1/entity-merges/{type}/{slug}',
      '/v1/feed-items',
      '/v1/front-page',
      '/v1/front-page/pins',
      '/v1/front-page/pins/{slug}',
      '/v1/media',
      '/v1/media/{id}',
      '/v1/previews/{token}',
      '/v1/quotes',
      '/v1/search',
      '/v1/sections',
      '/v1/sections/{slug}',
      '/v1/tags',
      '/v1/tags/{slug}',
      '/v1/users',
      '/v1/users/invitations',
      '/v1/users/{id}',
    ]);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Article', 'ArticleSummary', 'ArticleList', 'Problem', 'Block']),
    );
  });
});
