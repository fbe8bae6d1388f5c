/**
 * @module
 * Tests of the body limit on a route using the comment limit: declared and streamed bodies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { Store } from '../store/store.ts';
import { testStore } from '../testing/fixtures.ts';
import { bodyLimit, COMMENT_BODY_LIMIT, formatBytes } from './body-limit.ts';

let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  store = await testStore();
  app = createApp({ store });
  app.post('/test/echo', bodyLimit(COMMENT_BODY_LIMIT), async (c) => c.json({ bytes: (await c.req.arrayBuffer()).byteLength }));
});
afterAll(() => store.close());

/** A body sent in 1 KB chunks without a Content-Length, as a client streaming an upload does. */
function streamed(bytes: number): RequestInit {
  let left = bytes;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (left <= 0) return controller.close();
      const n = Math.min(1024, left);
      left -= n;
      controller.enqueue(new Uint8Array(n).fill(120));
    },
  });
  return { method: 'POST', body, duplex: 'half' } as RequestInit;
}

describe('bodyLimit', () => {
  it('accepts a body up to the limit, declared or streamed', async () => {
    expect(await (await app.request('/test/echo', { method: 'POST', body: 'x'.repeat(COMMENT_BODY_LIMIT) })).json()).toEqual({ bytes: 20480 });
    expect(await (await app.request('/test/echo', streamed(COMMENT_BODY_LIMIT))).json()).toEqual({ bytes: 20480 });
  });

  it('answers 413 with a problem for one byte more, declared or streamed', async () => {
    for (const init of [{ method: 'POST', body: 'x'.repeat(COMMENT_BODY_LIMIT + 1) }, streamed(COMMENT_BODY_LIMIT + 1)]) {
      const res = await app.request('/test/echo', init);
      expect([res.status, res.headers.get('content-type')]).toEqual([413, 'application/problem+json']);
      expect(await res.json()).toMatchObject({ title: 'Payload Too Large', detail: 'The request body is larger than the 20 KB this route accepts.' });
    }
  });

  it('states limits as people write them', () => {
    expect([formatBytes(1024 * 1024), formatBytes(20 * 1024), formatBytes(1500)]).toEqual(['1 MB', '20 KB', '1500 bytes']);
  });
});
