/**
 * @module
 * Tests of the liveness and readiness probes.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { testStore } from '../../testing/fixtures.ts';

describe('probes', () => {
  it('answers /healthz and /readyz while the database is up', async () => {
    const store = await testStore();
    const app = createApp({ store });
    const health = await app.request('/healthz');
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await app.request('/readyz');
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ok' }]);
    await store.close();
  });

  it('reports not ready, with a problem document, when the database is gone; still alive', async () => {
    const store = await testStore();
    const app = createApp({ store });
    await store.close();
    const ready = await app.request('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.headers.get('content-type')).toBe('application/problem+json');
    expect(await ready.json()).toMatchInlineSnapshot(`
      {
        "detail": "The database is not reachable.",
        "instance": "/readyz",
        "status": 503,
        "title": "Service Unavailable",
        "type": "about:blank",
      }
    `);
    expect((await app.request('/healthz')).status).toBe(200);
  });
});
