/**
 * The site server's HTTP as a client sees it on the wire: compression, HEAD, methods, canonical
 * addresses, status lines and the headers every answer carries.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, zstdDecompressSync } from 'node:zlib';
import { MALFORMED_REQUESTS, rawRequest } from '@dateline/http/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestSite, type TestSite } from './test-site.ts';

let site: TestSite;
let dir: string | undefined;
afterEach(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

interface Raw {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request as written, the answer's bytes as sent (fetch would decompress them). */
function raw(path: string, init: { method?: string; headers?: Record<string, string> } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${site.url}/`, { path, method: init.method ?? 'GET', headers: init.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const article = `<!doctype html><html><head><style>p{margin:0}</style></head><body>${'<p>The ferry returns after winter repairs. </p>'.repeat(100)}</body></html>`;
const decode = { br: brotliDecompressSync, gzip: gunzipSync, zstd: zstdDecompressSync } as const;

describe('compression', () => {
  it.each(['br', 'gzip', 'zstd'] as const)('sends a page in %s to a reader who accepts it, with its own ETag', async (coding) => {
    site = await startTestSite();
    site.pages.set('/articles/ferry', { body: article });
    const plain = await raw('/articles/ferry');
    const packed = await raw('/articles/ferry', { headers: { 'accept-encoding': coding } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(article);
    expect(packed.headers['content-encoding']).toBe(coding);
    expect(packed.headers.vary).toBe('Accept-Encoding');
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(Number(packed.headers['content-length'])).toBe(packed.body.length);
    expect(packed.body.length).toBeLessThan(article.length / 5);
    expect(decode[coding](packed.body).toString()).toBe(article);
    expect(packed.headers.etag).not.toBe(plain.headers.etag);
    const again = await raw('/articles/ferry', { headers: { 'accept-encoding': coding, 'if-none-match': packed.headers.etag! } });
    expect(again.status).toBe(304);
    expect(site.renders.total).toBe(1);
  });

  it('prefers Brotli, honours q-values and q=0, and compresses a stored page once per coding', async () => {
    site = await startTestSite();
    site.pages.set('/', { body: article });
    expect((await raw('/', { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } })).headers['content-encoding']).toBe('br');
    expect((await raw('/', { headers: { 'accept-encoding': 'gzip;q=1, br;q=0.5' } })).headers['content-encoding']).toBe('gzip');
    expect((await raw('/', { headers: { 'accept-encoding': 'br;q=0, identity' } })).headers['content-encoding']).toBeUndefined();
    const stored = site.site.cache!.store.get(`${new URL(site.url).host} /`)!;
    const brotli = stored.encoded!.br!.body;
    await raw('/', { headers: { 'accept-encoding': 'br' } });
    expect(stored.encoded!.br!.body).toBe(brotli);
    // Each form made counts towards the cache's memory bound, once.
    const before = site.site.cache!.store.bytes;
    const zstd = await raw('/', { headers: { 'accept-encoding': 'zstd' } });
    expect(site.site.cache!.store.bytes).toBe(before + zstd.body.length);
    await raw('/', { headers: { 'accept-encoding': 'zstd' } });
    expect(site.site.cache!.store.bytes).toBe(before + zstd.body.length);
  });

  it('compresses answers the cache does not keep, and leaves small ones as they are', async () => {
    site = await startTestSite();
    site.pages.set('/articles/ferry', { body: article });
    site.pages.set('/tiny', { body: '<p>Hi</p>' });
    const personal = await raw('/articles/ferry', { headers: { 'accept-encoding': 'gzip', cookie: 'flash=1' } });
    expect(personal.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(personal.body).toString()).toBe(article);
    expect((await raw('/tiny', { headers: { 'accept-encoding': 'gzip' } })).headers['content-encoding']).toBeUndefined();
  });

  it('sends a stylesheet compressed, from memory', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dateline-client-'));
    const css = 'body { margin: 0; padding: 0 }\n'.repeat(100);
    await writeFile(join(dir, 'site.css'), css);
    site = await startTestSite({ clientDir: dir });
    const res = await raw('/site.css', { headers: { 'accept-encoding': 'br' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.body).toString()).toBe(css);
    expect(res.headers.vary).toBe('Accept-Encoding');
  });
});

describe('HTTP', () => {
  it.each(MALFORMED_REQUESTS)(
    'answers $name, which Node refuses to parse, with a $status problem and Connection: close',
    async ({ request, status }) => {
      site = await startTestSite();
      const answer = await rawRequest(site.url, request);
      // A page may answer the request line first (a 405, a redirect) before the body fails to parse.
      const refusal = answer.text.slice(answer.text.lastIndexOf('HTTP/1.1 '));
      expect([
        refusal.split('\r\n')[0],
        refusal.includes('\r\nContent-Type: application/problem+json\r\n'),
        refusal.includes('\r\nConnection: close\r\n'),
      ]).toEqual([expect.stringMatching(new RegExp(`^HTTP/1.1 ${status} `)), true, true]);
      expect(answer.error).toBeUndefined();
    },
  );

  it('answers HEAD with the headers GET has, on a miss as on a hit', async () => {
    site = await startTestSite();
    site.pages.set('/articles/ferry', { body: article });
    const head = await raw('/articles/ferry', { method: 'HEAD' });
    const get = await raw('/articles/ferry');
    expect(head.body.length).toBe(0);
    for (const name of ['etag', 'cache-control', 'content-length', 'content-type', 'content-security-policy', 'vary']) {
      expect([name, head.headers[name]]).toEqual([name, get.headers[name]]);
    }
    expect(site.renders.total).toBe(1);
  });

  it.each([
    ['DELETE', '/'],
    ['OPTIONS', '/'],
    ['PUT', '/articles/ferry'],
    ['POST', '/articles/ferry'],
  ])('answers %s %s with 405 and what is allowed', async (method, path) => {
    site = await startTestSite();
    site.pages.set(path, { body: article });
    const res = await raw(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(site.renders.total).toBe(0);
  });

  it('takes POST where the comment form posts', async () => {
    site = await startTestSite();
    site.pages.set('/articles/ferry/comments', { status: 303, headers: { location: '/articles/ferry' }, body: '' });
    const res = await raw('/articles/ferry/comments', { method: 'POST' });
    expect(res.status).toBe(303);
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await raw('/articles/ferry/comments', { method: 'DELETE' })).headers.allow).toBe('GET, HEAD, POST');
  });

  it.each([
    ['//articles/ferry', '/articles/ferry'],
    ['/articles/ferry/', '/articles/ferry'],
    ['/articles//ferry/?page=2', '/articles/ferry?page=2'],
    ['/search/?q=a//b', '/search?q=a//b'],
  ])('sends %s to its one address %s with a 301', async (from, to) => {
    site = await startTestSite();
    const res = await raw(from);
    expect([res.status, res.headers.location]).toEqual([301, to]);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    expect(site.renders.total).toBe(0);
  });

  it('writes the reason phrase of the status it sends', async () => {
    site = await startTestSite();
    site.pages.set('/articles/ferry/comments', { status: 422, body: article });
    const res = await raw('/articles/ferry/comments', { method: 'POST' });
    expect([res.status, res.statusText]).toEqual([422, 'Unprocessable Entity']);
  });

  it('says the charset of HTML, and how every answer may be cached, 404s included', async () => {
    site = await startTestSite();
    site.pages.set('/', { body: article });
    expect((await raw('/')).headers['content-type']).toBe('text/html; charset=utf-8');
    const missing = await raw('/articles/none');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(missing.headers['cache-control']).toBe('public, max-age=0, s-maxage=5, stale-while-revalidate=5');
  });

  it('sends the security headers and a policy that allows its own inline styles by hash and no script', async () => {
    site = await startTestSite();
    site.pages.set('/', { body: article });
    const res = await raw('/');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const policy = res.headers['content-security-policy']!;
    expect(policy).toContain("script-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    // sha256 of "p{margin:0}", base64
    expect(policy).toContain("style-src 'self' 'sha256-");
    const { createHash } = await import('node:crypto');
    expect(policy).toContain(`'sha256-${createHash('sha256').update('p{margin:0}').digest('base64')}'`);
  });
});
