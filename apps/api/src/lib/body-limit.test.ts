/**
 * @module
 * Tests of the body limit on a route using the comment limit: declared and streamed bodies.
 */
import { once } from 'node:events';
import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
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
    expect(await (await app.request('/test/echo', { method: 'POST', body: 'x'.repeat(COMMENT_BODY_LIMIT) })).json()).toEqual({
      bytes: 20480,
    });
    expect(await (await app.request('/test/echo', streamed(COMMENT_BODY_LIMIT))).json()).toEqual({ bytes: 20480 });
  });

  it('answers 413 with a problem for one byte more, declared or streamed', async () => {
    for (const init of [{ method: 'POST', body: 'x'.repeat(COMMENT_BODY_LIMIT + 1) }, streamed(COMMENT_BODY_LIMIT + 1)]) {
      const res = await app.request('/test/echo', init);
      expect([res.status, res.headers.get('content-type')]).toEqual([413, 'application/problem+json']);
      expect(await res.json()).toMatchObject({
        title: 'Payload Too Large',
        detail: 'The request body is larger than the 20 KB this route accepts.',
      });
    }
  });

  it('states limits as people write them', () => {
    expect([formatBytes(1024 * 1024), formatBytes(20 * 1024), formatBytes(1500)]).toEqual(['1 MB', '20 KB', '1500 bytes']);
  });
});

/** One request over `agent`: the status and the body, or the error the connection gave. */
function send(agent: Agent, port: number, method: string, path: string, body?: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', (err) => resolve(err.message));
    req.end(body);
  });
}

describe('a 413 on a kept-alive connection', () => {
  it('leaves the client able to send the next requests, over the same connection or a new one', async () => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const results = [await send(agent, port, 'POST', '/test/echo', 'x'.repeat(2_000_000))];
      for (let i = 0; i < 4; i++) results.push(await send(agent, port, 'GET', '/healthz'));
      expect(results).toEqual([413, 200, 200, 200, 200]);
    } finally {
      agent.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
