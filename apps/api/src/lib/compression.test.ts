/**
 * @module
 * Compression of the API's answers, as a client sees it: negotiated by Accept-Encoding, the
 * coding named and varied on, an ETag per coding, and bytes that decode to the same JSON.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { Store } from '../store/store.ts';
import { NOW, save, story, testStore } from '../testing/fixtures.ts';
import { ResponseCache } from './response-cache.ts';

let dir: string;
let store: Store;
let cache: ResponseCache;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-compression-'));
  store = await testStore(join(dir, 'api.db'));
  cache = new ResponseCache();
  app = createApp({ store, now: () => NOW, responseCache: cache });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('compression', () => {
  it('sends a cached article in Brotli to a client that accepts it, decoding to the same JSON, with its own ETag', async () => {
    const paragraph = {
      type: 'paragraph' as const,
      content: [{ type: 'text' as const, text: 'The crossing is back after a winter away. '.repeat(40) }],
    };
    await save(store, story(1, { slug: 'ferry', body: [paragraph] }));
    const plain = await get('/v1/articles/ferry');
    const plainBody = await bytes(plain);
    expect(plainBody.length).toBeGreaterThan(1024);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Authorization, Cookie, Accept-Encoding');
    const packed = await get('/v1/articles/ferry', { 'accept-encoding': 'gzip, deflate, br' });
    expect(packed.headers.get('content-encoding')).toBe('br');
    const packedBody = await bytes(packed);
    expect(packedBody.length).toBeLessThan(plainBody.length / 3);
    expect(JSON.parse(brotliDecompressSync(packedBody).toString())).toEqual(JSON.parse(plainBody.toString()));
    expect(packed.headers.get('etag')).not.toBe(plain.headers.get('etag'));
    expect((await get('/v1/articles/ferry', { 'accept-encoding': 'br', 'if-none-match': packed.headers.get('etag')! })).status).toBe(304);
    const again = await get('/v1/articles/ferry', { 'accept-encoding': 'br' });
    expect((await bytes(again)).equals(packedBody)).toBe(true);
    expect(cache.stats().hits).toBeGreaterThanOrEqual(3);
  });

  it('compresses answers that are not cached, such as the OpenAPI document, on their way out', async () => {
    const plain = await get('/openapi.json');
    const packed = await get('/openapi.json', { 'accept-encoding': 'gzip' });
    expect(packed.headers.get('content-encoding')).toBe('gzip');
    expect(packed.headers.get('vary')).toContain('Accept-Encoding');
    const body = await bytes(packed);
    expect(Number(packed.headers.get('content-length'))).toBe(body.length);
    expect(JSON.parse(gunzipSync(body).toString())).toEqual(await plain.json());
  });

  it('leaves small answers and clients that accept no coding as they are', async () => {
    const health = await get('/healthz', { 'accept-encoding': 'br' });
    expect(health.headers.get('content-encoding')).toBeNull();
    expect(health.headers.get('vary') ?? '').not.toContain('Accept-Encoding');
    const identity = await get('/openapi.json', { 'accept-encoding': 'identity' });
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(await identity.json()).toMatchObject({ openapi: '3.1.0' });
  });
});
