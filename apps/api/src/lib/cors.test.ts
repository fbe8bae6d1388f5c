/**
 * @module
 * Tests of cross-origin access and the security headers, through the app: reads open to every
 * origin, writes only from the configured ones.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { Store } from '../store/store.ts';
import { save, story, testStore } from '../testing/fixtures.ts';
import { bearer } from '../testing/tokens.ts';

const NEWSROOM = 'https://newsroom.example.org';
let store: Store;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  store = await testStore();
  app = createApp({ store, corsOrigins: [NEWSROOM] });
});
afterEach(async () => {
  await store.close();
});

const preflight = (path: string, origin: string, method: string) =>
  app.request(path, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'authorization, content-type' },
  });

describe('CORS', () => {
  it('opens reads to any origin, exposing the headers a client needs', async () => {
    const res = await app.request('/v1/articles', { headers: { Origin: 'https://reader.example.com' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toBe(
      'ETag, Location, X-Request-Id, Retry-After, WWW-Authenticate, Dateline-Ignored-Fields',
    );
    const pre = await preflight('/v1/articles', 'https://reader.example.com', 'GET');
    expect([pre.status, pre.headers.get('access-control-allow-origin'), pre.headers.get('access-control-allow-headers')]).toEqual([
      204,
      '*',
      'Authorization, If-None-Match, X-Request-Id',
    ]);
  });

  it('allows writes from a configured origin', async () => {
    const pre = await preflight('/v1/articles', 'https://NEWSROOM.example.org', 'POST');
    expect([pre.status, pre.headers.get('access-control-allow-origin'), pre.headers.get('access-control-allow-methods')]).toEqual([
      204,
      NEWSROOM,
      'POST, PUT, PATCH, DELETE',
    ]);
    expect(pre.headers.get('vary')).toBe('Origin, Access-Control-Request-Method, Access-Control-Request-Headers');
    const res = await app.request('/v1/articles', {
      method: 'POST',
      headers: { Origin: NEWSROOM, ...(await bearer(store, 'editor')), 'Content-Type': 'application/json' },
      body: JSON.stringify(story(1)),
    });
    expect([res.status, res.headers.get('access-control-allow-origin'), res.headers.get('vary')]).toEqual([201, NEWSROOM, 'Origin']);
  });

  it('refuses writes from any other origin, before looking at the token', async () => {
    const pre = await preflight('/v1/articles/x', 'https://evil.example', 'DELETE');
    expect([pre.status, pre.headers.get('access-control-allow-origin')]).toEqual([204, null]);
    await save(store, story(1, { slug: 'x' }));
    const res = await app.request('/v1/articles/x', {
      method: 'DELETE',
      headers: { Origin: 'https://evil.example', ...(await bearer(store, 'admin')) },
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "Writes are accepted only from the origins listed in CORS_ORIGINS; https://evil.example is not one of them.",
        "instance": "/v1/articles/x",
        "status": 403,
        "title": "Forbidden",
        "type": "about:blank",
      }
    `);
    expect(await store.countArticles()).toBe(1);
  });

  it('allows writes from the API own origin and from clients that send no Origin', async () => {
    const editor = await bearer(store, 'editor');
    const same = await app.request('http://localhost/v1/articles', {
      method: 'POST',
      headers: { Origin: 'http://localhost', ...editor, 'Content-Type': 'application/json' },
      body: JSON.stringify(story(1)),
    });
    expect(same.status).toBe(201);
    const cli = await app.request('/v1/articles', {
      method: 'POST',
      headers: { ...editor, 'Content-Type': 'application/json' },
      body: JSON.stringify(story(2)),
    });
    expect([cli.status, cli.headers.get('access-control-allow-origin')]).toEqual([201, null]);
  });
});

describe('security headers', () => {
  it('are on every response, errors included', async () => {
    const responses = [
      await app.request('/healthz'),
      await app.request('/v1/articles/missing'),
      await app.request('/nowhere'),
      await app.request('/v1/articles', { method: 'POST' }),
      await app.request('/v1/articles?limit=0'),
    ];
    for (const res of responses) {
      expect([
        res.status,
        res.headers.get('x-content-type-options'),
        res.headers.get('content-security-policy'),
        res.headers.get('referrer-policy'),
      ]).toEqual([res.status, 'nosniff', "frame-ancestors 'none'", 'strict-origin-when-cross-origin']);
    }
    expect(responses.map((r) => r.status)).toEqual([200, 404, 404, 401, 400]);
  });
});
