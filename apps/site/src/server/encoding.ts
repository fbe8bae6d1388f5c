/**
 * @module
 * Compression of the site's answers, negotiated by `Accept-Encoding`: Brotli, zstd or gzip for
 * text of more than a kilobyte. Compressed once per stored page or file and kept beside it, so a
 * cache hit costs no compression (see page-cache.ts and static-files.ts).
 */
import { brotliCompressSync, constants, gzipSync, zstdCompressSync } from 'node:zlib';

/** The codings the site sends, best first when the client accepts several equally. */
export const ENCODINGS = ['br', 'zstd', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Smaller bodies are sent as they are: the saving would not pay for the work or the header. */
export const MIN_COMPRESS_BYTES = 1024;

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|javascript|manifest\+json|[\w.+-]+\+(?:xml|json))|image\/svg\+xml)/i;

/**
 * Whether a body of `contentType` is worth compressing (text, JSON, XML, SVG; not images or fonts,
 * which are compressed already).
 *
 * @example
 * isCompressible('text/html; charset=utf-8'); // true
 * isCompressible('image/png'); // false
 */
export function isCompressible(contentType: string | undefined): boolean {
  return contentType !== undefined && COMPRESSIBLE.test(contentType);
}

/**
 * The coding to send for an `Accept-Encoding` header, or null for none: the client's highest
 * q-value among the codings the site has, ties going to the better one; `*` stands for any
 * coding not named; `q=0` refuses.
 *
 * @example
 * negotiateEncoding('gzip, deflate, br, zstd'); // 'br'
 * negotiateEncoding('gzip;q=1, br;q=0.5'); // 'gzip'
 * negotiateEncoding(undefined); // null
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const value = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = value === undefined ? 1 : Number(value);
    q.set(name, Number.isFinite(weight) ? weight : 0);
  }
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const encoding of ENCODINGS) {
    const weight = q.get(encoding) ?? q.get('*') ?? 0;
    if (weight > bestQ) {
      best = encoding;
      bestQ = weight;
    }
  }
  return best;
}

/**
 * `body` compressed with `encoding`, at levels that compress well in about a millisecond for a
 * page (pages are compressed once per render, files once per process).
 *
 * @example
 * compress(Buffer.from(html), 'br');
 */
export function compress(body: Buffer, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'br':
      return brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 8, [constants.BROTLI_PARAM_SIZE_HINT]: body.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
      });
    case 'zstd':
      return zstdCompressSync(body, { params: { [constants.ZSTD_c_compressionLevel]: 6 } });
    case 'gzip':
      return gzipSync(body, { level: 6 });
  }
}

/**
 * The ETag of a compressed form of the body tagged `etag`: a different representation needs a
 * different strong tag (RFC 9110, 8.8.3.3).
 *
 * @example
 * encodedEtag('"abc"', 'br'); // '"abc-br"'
 */
export function encodedEtag(etag: string, encoding: Encoding): string {
  return etag.endsWith('"') ? `${etag.slice(0, -1)}-${encoding}"` : etag;
}

/**
 * Adds `Accept-Encoding` to a `Vary` header value (undefined: none yet).
 *
 * @example
 * varyOnEncoding(undefined); // 'Accept-Encoding'
 */
export function varyOnEncoding(vary: string | undefined): string {
  if (!vary) return 'Accept-Encoding';
  return /(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(vary) ? vary : `${vary}, Accept-Encoding`;
}
