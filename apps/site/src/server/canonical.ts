/**
 * @module
 * One address per resource, and only the methods a page takes. `//articles/x` and
 * `/articles/x/` are the same page as `/articles/x`: they get a 301 there, so links, caches and
 * search engines see one address. Every page takes GET and HEAD; only the comment form's address
 * also takes POST; anything else gets a 405 naming what is allowed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './answer-headers.ts';

const COMMENTS_PATH = /^\/articles\/[^/]+\/comments$/;

/**
 * The canonical form of a request target: runs of slashes made one, no trailing slash but on the
 * root; the query kept as it is.
 *
 * @example
 * canonicalTarget('//articles/x/?page=2'); // '/articles/x?page=2'
 */
export function canonicalTarget(url: string): string {
  const query = url.indexOf('?');
  const path = query < 0 ? url : url.slice(0, query);
  let canonical = path.replace(/\/{2,}/g, '/');
  if (canonical.length > 1 && canonical.endsWith('/')) canonical = canonical.replace(/\/+$/, '') || '/';
  return canonical === path ? url : canonical + (query < 0 ? '' : url.slice(query));
}

/**
 * Answers a non-canonical target with a 301 to the canonical one and returns true; false when
 * the target is canonical.
 *
 * @example
 * if (sendCanonical(req, res)) return;
 */
export function sendCanonical(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? '/';
  const canonical = canonicalTarget(url);
  if (canonical === url) return false;
  res.writeHead(301, { location: canonical, 'cache-control': 'public, max-age=3600', 'content-length': '0', ...SECURITY_HEADERS });
  res.end();
  return true;
}

/**
 * The methods the page at `url` takes.
 *
 * @example
 * methodsAllowed('/articles/x/comments'); // ['GET', 'HEAD', 'POST']
 */
export function methodsAllowed(url: string): readonly string[] {
  const query = url.indexOf('?');
  return COMMENTS_PATH.test(query < 0 ? url : url.slice(0, query)) ? ['GET', 'HEAD', 'POST'] : ['GET', 'HEAD'];
}

/**
 * Answers 405 with `Allow`.
 *
 * @example
 * if (!methodsAllowed(req.url).includes(req.method)) return refuseMethod(req, res);
 */
export function refuseMethod(req: IncomingMessage, res: ServerResponse): void {
  const body = `${req.method} is not allowed here.\n`;
  res.writeHead(405, {
    allow: methodsAllowed(req.url ?? '/').join(', '),
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    ...SECURITY_HEADERS,
  });
  res.end(body);
  // The request's own body, if any, is not read: drained so the connection can carry the next one.
  req.resume();
}
