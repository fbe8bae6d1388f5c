/**
 * @module
 * Tests of `/media/*` on the site: renditions forwarded from the API with their caching headers
 * and ETag, 304 passed on, unknown names answered without asking the API.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardMedia } from './media-proxy.ts';

const id = 'b'.repeat(64);
let server: Server;
const asked: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    asked.push(req.url ?? '');
    const headers = {
      'content-type': 'image/webp',
      'cache-control': 'public, max-age=31536000, immutable',
      etag: '"abc"',
      'x-request-id': 'api-only',
    };
    if (req.url === `/media/${id}/640.webp`)
      res
        .writeHead(req.headers['if-none-match'] === '"abc"' ? 304 : 200, headers)
        .end(req.headers['if-none-match'] ? undefined : 'WEBPDATA');
    else res.writeHead(404, { 'content-type': 'application/problem+json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('forwardMedia', () => {
  it('passes a rendition on with its type, caching headers and ETag, and a 304 for a current copy', async () => {
    const res = await forwardMedia(id, '640.webp', new Request('http://site.test/'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('WEBPDATA');
    expect(Object.fromEntries(res.headers)).toEqual({
      'cache-control': 'public, max-age=31536000, immutable',
      'content-type': 'image/webp',
      etag: '"abc"',
    });
    const again = await forwardMedia(id, '640.webp', new Request('http://site.test/', { headers: { 'if-none-match': '"abc"' } }));
    expect(again.status).toBe(304);
  });

  it('answers 404 for a missing rendition, and for a name no rendition has without asking the API', async () => {
    expect((await forwardMedia(id, '999.jpg', new Request('http://site.test/'))).status).toBe(404);
    asked.length = 0;
    expect((await forwardMedia(id, '../../secret', new Request('http://site.test/'))).status).toBe(404);
    expect((await forwardMedia('nope', '640.webp', new Request('http://site.test/'))).status).toBe(404);
    expect(asked).toEqual([]);
  });
});
