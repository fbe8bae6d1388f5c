/**
 * @module
 * Tests of the request id and the request log: one structured line per request, the same id in
 * the response header and in every line logged while serving it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { Store } from '../store/store.ts';
import { testStore } from '../testing/fixtures.ts';
import { createLogger } from './logger.ts';

let store: Store;
let lines: string[];
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  store = await testStore();
  lines = [];
  const sink = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
  app = createApp({ store, logger: createLogger('info', sink, 'json') });
});
afterEach(async () => {
  await store.close();
});

describe('request ids and logs', () => {
  it('logs one JSON line per request with method, path, status, duration and request id', async () => {
    const res = await app.request('/v1/articles?limit=2', { headers: { 'X-Request-Id': 'edge-7f3a.42' } });
    expect(res.headers.get('x-request-id')).toBe('edge-7f3a.42');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      level: 'info',
      msg: 'request',
      method: 'GET',
      path: '/v1/articles',
      status: 200,
      durationMs: expect.any(Number),
      requestId: 'edge-7f3a.42',
    });
  });

  it('replaces an id that is missing or could forge log lines', async () => {
    for (const incoming of [undefined, 'two words', 'x'.repeat(129), 'a"} {"level":"error']) {
      const res = await app.request('/healthz', { headers: incoming === undefined ? {} : { 'X-Request-Id': incoming } });
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('carries the id into every line of a failing request, and on its response', async () => {
    store.listArticles = () => Promise.reject(new Error('index articles_by_time is corrupt'));
    const res = await app.request('/v1/articles', { headers: { 'X-Request-Id': 'req-1' } });
    expect([res.status, res.headers.get('x-request-id')]).toEqual([500, 'req-1']);
    const logged = lines.map((l) => JSON.parse(l) as { level: string; requestId: string; status?: number });
    expect(logged.map((l) => [l.level, l.requestId, l.status])).toEqual([
      ['error', 'req-1', undefined],
      ['info', 'req-1', 500],
    ]);
  });
});
