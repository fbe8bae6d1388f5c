/**
 * @module
 * The interactive API reference at `/docs` (Scalar), working offline: its script is served from
 * this server at `/docs/scalar.js`, fonts and telemetry are off, and a Content-Security-Policy
 * lets the page reach nothing but this origin.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Scalar } from '@scalar/hono-api-reference';
import { Hono } from 'hono';
import { cachedForm } from '../../lib/compression.ts';
import { etagFor } from '../../lib/etag.ts';
import { ifNoneMatchHits } from '../../lib/http-cache.ts';

/** The standalone browser bundle of `@scalar/api-reference` inside node_modules. */
export const SCALAR_BUNDLE_PATH = join(
  dirname(createRequire(import.meta.url).resolve('@scalar/api-reference')),
  'browser',
  'standalone.js',
);

/** The page's policy: its own scripts (the bundle and one inline start-up script, by nonce) and nothing from elsewhere. */
function docsPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // The reference injects its component styles at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

let bundle: Promise<{ body: Uint8Array<ArrayBuffer>; etag: string }> | undefined;

/** The bundle, read once (about 5 MB) and kept with its ETag. */
function scalarBundle() {
  bundle ??= readFile(SCALAR_BUNDLE_PATH).then((bytes) => ({
    body: new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength),
    etag: etagFor(bytes),
  }));
  return bundle;
}

/** `GET /`, `GET /docs` and `GET /docs/scalar.js`, left out of the OpenAPI document (they are not API). */
export const docsRouter = new Hono()
  .get('/docs', async (c, next) => {
    const nonce = randomBytes(16).toString('base64');
    const page = Scalar({
      url: '/openapi.json',
      pageTitle: 'Dateline API reference',
      cdn: '/docs/scalar.js',
      nonce,
      withDefaultFonts: false,
      telemetry: false,
      hideClientButton: true,
      documentDownloadType: 'json',
      // The AI chat and the developer-portal links talk to Scalar's servers, which the policy blocks anyway.
      agent: { disabled: true },
    });
    // Set before the page is rendered, so they are part of the response it builds.
    c.header('Content-Security-Policy', docsPolicy(nonce));
    c.header('Cache-Control', 'no-store');
    return page(c, next);
  })
  .get('/docs/scalar.js', async (c) => {
    // Compressed once per coding and kept: about 5 MB, too much to compress for each request.
    const sent = cachedForm(await scalarBundle(), c.req.header('accept-encoding'));
    const coding: Record<string, string> = sent.encoding ? { 'Content-Encoding': sent.encoding } : {};
    const headers = {
      'Content-Type': 'text/javascript; charset=utf-8',
      ETag: sent.etag,
      'Cache-Control': 'public, max-age=86400',
      Vary: 'Accept-Encoding',
      ...coding,
    };
    if (ifNoneMatchHits(c.req.header('if-none-match'), sent.etag)) return c.body(null, 304, headers);
    return c.body(sent.body, 200, headers);
  })
  // The API's own address leads to its reference and its document.
  .get('/', (c) =>
    c.json({ name: 'Dateline API', docs: '/docs', openapi: '/openapi.json', health: '/healthz' }, 200, {
      Link: '</docs>; rel="service-doc", </openapi.json>; rel="service-desc"',
      'Cache-Control': 'public, max-age=3600',
    }),
  );
