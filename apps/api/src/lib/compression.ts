/**
 * @module
 * Compression of the API's answers (see @dateline/http): a cached public answer is compressed
 * once per coding and kept beside it (see `sendCached`); every other answer of text worth
 * compressing is compressed on its way out by `compression()`. A client that sends no
 * `Accept-Encoding` (the site's own client, on loopback) gets the bytes as they are.
 */
import { compress, type Encoding, encodedEtag, isCompressible, MIN_COMPRESS_BYTES, negotiateEncoding } from '@dateline/http';
import type { MiddlewareHandler } from 'hono';
import type { CachedBody } from './response-cache.ts';
import type { AppBindings } from './types.ts';
import { appendVary } from './vary.ts';

/**
 * The form of `cached` to send to a client accepting `accept`: compressed (once per coding, kept
 * on the entry) when the body is worth it, else the entry itself; `vary` says whether the answer
 * depends on `Accept-Encoding` at all.
 *
 * @example
 * const sent = cachedForm(cached, requestHeader(c, 'accept-encoding'));
 */
export function cachedForm(
  cached: CachedBody,
  accept: string | undefined,
): { body: Uint8Array<ArrayBuffer>; etag: string; encoding: Encoding | null; vary: boolean } {
  if (cached.body.length < MIN_COMPRESS_BYTES) return { body: cached.body, etag: cached.etag, encoding: null, vary: false };
  const encoding = negotiateEncoding(accept);
  if (!encoding) return { body: cached.body, etag: cached.etag, encoding: null, vary: true };
  cached.encoded ??= {};
  let form = cached.encoded[encoding];
  if (!form) {
    form = { body: new Uint8Array(compress(cached.body, encoding, 'fast')), etag: encodedEtag(cached.etag, encoding) };
    cached.encoded[encoding] = form;
    cached.grew?.(form.body.length);
  }
  return { ...form, encoding, vary: true };
}

/**
 * App-wide middleware compressing answers that are not final (those are compressed by
 * `sendCached`): text of at least a kilobyte, to a client that accepts a coding the API has.
 *
 * @example
 * app.use(compression());
 */
export function compression(): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    await next();
    if (c.get('finalResponse') || c.req.method === 'HEAD') return;
    const res = c.res;
    if (!res.body || res.status === 204 || res.status === 304 || res.headers.has('content-encoding')) return;
    if (!isCompressible(res.headers.get('content-type') ?? undefined)) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    const encoding = body.length >= MIN_COMPRESS_BYTES ? negotiateEncoding(c.req.header('accept-encoding')) : null;
    if (body.length >= MIN_COMPRESS_BYTES) appendVary(headers, 'Accept-Encoding');
    let sent: Uint8Array<ArrayBuffer> = body;
    if (encoding) {
      sent = new Uint8Array(compress(body, encoding, 'fast'));
      headers.set('content-encoding', encoding);
      headers.set('content-length', String(sent.length));
      const etag = headers.get('etag');
      if (etag) headers.set('etag', encodedEtag(etag, encoding));
    }
    // Replaced whole: given a response while it has one, Hono copies the old one's headers over
    // the new one's, which would bring back the old length, ETag and Vary.
    c.res = undefined;
    c.res = new Response(sent, { status: res.status, statusText: res.statusText, headers });
  };
}
