/**
 * @module
 * Tests of the API reference page: it loads its script from this server only, under a policy
 * that lets it reach nothing else, and the script is the installed Scalar bundle.
 */
import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Store } from '../../store/store.ts';
import { testStore } from '../../testing/fixtures.ts';
import { SCALAR_BUNDLE_PATH } from './docs.index.ts';

let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  store = await testStore();
  app = createApp({ store });
});
afterAll(() => store.close());

describe('GET /docs', () => {
  it('serves the reference page pointing at our own script and document, with no other origin', async () => {
    const res = await app.request('/docs');
    const html = await res.text();
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'text/html; charset=UTF-8']);
    expect(html).toContain('<script src="/docs/scalar.js"');
    expect(html).toContain('"url": "/openapi.json"');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('allows only this origin, with a fresh nonce for its start-up script each time', async () => {
    const first = await app.request('/docs');
    const policy = first.headers.get('content-security-policy')!;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'nonce-[^']+'; .*connect-src 'self'.*frame-ancestors 'none'$/);
    expect(await first.text()).toContain(`nonce="${nonce}"`);
    const second = await app.request('/docs');
    expect(second.headers.get('content-security-policy')).not.toBe(policy);
    expect(second.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the installed Scalar bundle as JavaScript, cacheable and revalidated by ETag', async () => {
    const res = await app.request('/docs/scalar.js');
    const body = new Uint8Array(await res.arrayBuffer());
    expect([res.status, res.headers.get('content-type'), res.headers.get('cache-control')]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'public, max-age=86400',
    ]);
    expect(body.length).toBe(readFileSync(SCALAR_BUNDLE_PATH).length);
    const again = await app.request('/docs/scalar.js', { headers: { 'If-None-Match': res.headers.get('etag')! } });
    expect([again.status, (await again.arrayBuffer()).byteLength]).toEqual([304, 0]);
  });

  it('sends the bundle compressed to a browser that accepts it, compressed once and kept', async () => {
    const first = await app.request('/docs/scalar.js', { headers: { 'Accept-Encoding': 'gzip, br' } });
    const packed = Buffer.from(await first.arrayBuffer());
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(packed.length).toBeLessThan(readFileSync(SCALAR_BUNDLE_PATH).length / 3);
    expect(brotliDecompressSync(packed).equals(readFileSync(SCALAR_BUNDLE_PATH))).toBe(true);
    const started = performance.now();
    await (await app.request('/docs/scalar.js', { headers: { 'Accept-Encoding': 'br' } })).arrayBuffer();
    // A second request sends the kept bytes: far less time than compressing 5 MB again would take.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('GET /', () => {
  it('leads to the reference and the OpenAPI document', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ docs: '/docs', openapi: '/openapi.json' });
    expect(res.headers.get('link')).toBe('</docs>; rel="service-doc", </openapi.json>; rel="service-desc"');
  });
});
