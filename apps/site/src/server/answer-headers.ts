/**
 * @module
 * The headers every answer of the site carries, whatever rendered it: a charset on text, the
 * security headers the API sends too, a strict Content-Security-Policy (the site runs no script;
 * its only inline code is the stylesheets Astro inlines, allowed by their hashes; JSON-LD is data,
 * which a policy does not block), and a Cache-Control on every answer, errors included.
 */
import { createHash } from 'node:crypto';
import type { OutgoingHttpHeaders } from 'node:http';
import { sharedCacheControl } from './cache-rules.ts';

/** As the API sends them (apps/api/src/lib/security-headers.ts), plus the older frame header. */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
} as const;

// connect-src 'self': nothing of the site fetches, but crawlers' tools (Lighthouse) read
// /robots.txt from within the page, under its policy.
const POLICY =
  "default-src 'none'; script-src 'none'; connect-src 'self'; img-src 'self' https: data:; font-src 'self'; media-src 'self' https:; " +
  "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/**
 * The Content-Security-Policy of a page whose HTML is `html`: its inline stylesheets by hash,
 * stylesheets from the site itself, nothing else that runs or loads but images.
 *
 * @example
 * contentSecurityPolicy('<style>p{margin:0}</style>'); // "default-src 'none'; … style-src 'self' 'sha256-…'"
 */
export function contentSecurityPolicy(html: string): string {
  const hashes = new Set<string>();
  for (const [, css] of html.matchAll(STYLE)) hashes.add(`'sha256-${createHash('sha256').update(css!).digest('base64')}'`);
  return `${POLICY}; style-src 'self'${[...hashes].map((h) => ` ${h}`).join('')}`;
}

/** What decides an answer's default Cache-Control. */
export interface AnswerFacts {
  method: string;
  status: number;
  /** The page cache's time to live; 0 when it is off. */
  ttlMs: number;
  /** The answer sets a cookie, or the request carried one or credentials: it may be one reader's own. */
  personal: boolean;
}

/**
 * How an answer without a Cache-Control of its own may be cached: one reader's own answer only
 * by that reader's browser, revalidated; a page or a 404 as long as a stored page (the page may
 * exist soon); a redirect of an address for an hour; nothing else (a form's answer, an error) at
 * all.
 *
 * @example
 * defaultCacheControl({ method: 'GET', status: 404, ttlMs: 5000, personal: false }); // 'public, max-age=0, s-maxage=5, stale-while-revalidate=5'
 */
export function defaultCacheControl(answer: AnswerFacts): string {
  if (answer.personal) return 'private, no-cache';
  if (answer.method !== 'GET' && answer.method !== 'HEAD') return 'no-store';
  if (answer.status === 200 || answer.status === 404 || answer.status === 410)
    return answer.ttlMs > 0 ? sharedCacheControl(answer.ttlMs) : 'no-cache';
  if (answer.status === 301 || answer.status === 308) return 'public, max-age=3600';
  return 'no-store';
}

/**
 * `headers` (lower-case names) completed in place for an answer with `status` to `method`, whose
 * body is `body`: charset, security headers, policy and Cache-Control where missing.
 *
 * @example
 * finishHeaders({ 'content-type': 'text/html' }, { method: 'GET', status: 200, body, ttlMs: 5000, personalRequest: false });
 */
export function finishHeaders(
  headers: OutgoingHttpHeaders,
  answer: Omit<AnswerFacts, 'personal'> & { body: Buffer; personalRequest: boolean },
): OutgoingHttpHeaders {
  const type = headers['content-type'];
  if (typeof type === 'string' && /^text\/[\w.+-]+\s*$/i.test(type)) headers['content-type'] = `${type.trim()}; charset=utf-8`;
  Object.assign(headers, SECURITY_HEADERS);
  if (headers['content-security-policy'] === undefined) {
    const html = typeof type === 'string' && type.startsWith('text/html');
    headers['content-security-policy'] = html ? contentSecurityPolicy(answer.body.toString('utf8')) : `${POLICY}; style-src 'self'`;
  }
  const personal = answer.personalRequest || headers['set-cookie'] !== undefined;
  headers['cache-control'] ??= defaultCacheControl({ method: answer.method, status: answer.status, ttlMs: answer.ttlMs, personal });
  return headers;
}
