/**
 * @module
 * Compression of answers, negotiated by `Accept-Encoding`: Brotli, zstd or gzip for text of more
 * than a kilobyte. The site and the API compress a cached answer once per coding and keep it
 * beside the original, so a cache hit costs no compression.
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
    // A q-value that is not a number refuses the coding rather than taking the default of 1.
    const value = params.map((p) => /^\s*q=(.*?)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = value === undefined ? 1 : /^[\d.]+$/.test(value) ? Number(value) : 0;
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
 * How hard to compress: `small` for an answer compressed once and sent many times (a stored
 * page), `fast` for one compressed for a single answer or kept only until the next write.
 */
export type Effort = 'small' | 'fast';

const LEVELS: Record<Effort, { br: number; zstd: number; gzip: number }> = {
  small: { br: 8, zstd: 6, gzip: 6 },
  fast: { br: 4, zstd: 3, gzip: 5 },
};

/**
 * `body` compressed with `encoding` at `effort` (a page: about a millisecond at `small`, a
 * fraction of that at `fast`).
 *
 * @example
 * compress(Buffer.from(html), 'br');
 */
export function compress(body: Uint8Array, encoding: Encoding, effort: Effort = 'small'): Buffer {
  const level = LEVELS[effort];
  switch (encoding) {
    case 'br':
      return brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: level.br,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      });
    case 'zstd':
      return zstdCompressSync(body, { params: { [constants.ZSTD_c_compressionLevel]: level.zstd } });
    case 'gzip':
      return gzipSync(body, { level: level.gzip });
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
