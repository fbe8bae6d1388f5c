/**
 * @module
 * The site server's settings, read once at start from the environment. Out-of-range or
 * unreadable values fall back to the defaults rather than stopping the site: a mistyped cache
 * size should not take the news offline.
 */

/** How the page cache behaves. */
export interface PageCacheSettings {
  /** Longest time a stored page is served after it was rendered (PAGE_CACHE_TTL_MS). */
  ttlMs: number;
  /**
   * How long past its time to live a page may still be served to readers while one request
   * renders it again in the background (PAGE_CACHE_STALE_MS); past that, a reader waits for the
   * render. Optional so settings built before it existed keep their meaning (0).
   */
  staleMs?: number;
  /** Memory the stored pages may take, bodies and headers together (PAGE_CACHE_MAX_BYTES). */
  maxBytes: number;
  /**
   * Names of the cookies that send a request past the cache (PAGE_CACHE_BYPASS_COOKIES,
   * comma-separated); null: any cookie does. The site sets cookies only for a reader who has just
   * acted (the flash message after posting a comment), so by default any cookie is taken to mean
   * the page may be personal.
   */
  bypassCookies: ReadonlySet<string> | null;
}

export interface ServerSettings {
  host: string;
  port: number;
  /** null when PAGE_CACHE=off. */
  pageCache: PageCacheSettings | null;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4321;
export const DEFAULT_TTL_MS = 5000;
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
export const DEFAULT_STALE_MS = 30_000;

/**
 * The settings in `env` (process.env by default).
 *
 * @example
 * readServerSettings({ PORT: '8080', PAGE_CACHE_TTL_MS: '2000' }).pageCache?.ttlMs; // 2000
 */
export function readServerSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const cacheOff = /^(off|false|0|no)$/i.test(env.PAGE_CACHE?.trim() ?? '');
  return {
    host: env.HOST?.trim() || DEFAULT_HOST,
    port: wholeNumber(env.PORT, 0, 65535) ?? DEFAULT_PORT,
    pageCache: cacheOff
      ? null
      : {
          ttlMs: wholeNumber(env.PAGE_CACHE_TTL_MS, 1, Number.MAX_SAFE_INTEGER) ?? DEFAULT_TTL_MS,
          staleMs: wholeNumber(env.PAGE_CACHE_STALE_MS, 0, Number.MAX_SAFE_INTEGER) ?? DEFAULT_STALE_MS,
          maxBytes: wholeNumber(env.PAGE_CACHE_MAX_BYTES, 1, Number.MAX_SAFE_INTEGER) ?? DEFAULT_MAX_BYTES,
          bypassCookies: cookieNames(env.PAGE_CACHE_BYPASS_COOKIES),
        },
  };
}

function wholeNumber(value: string | undefined, min: number, max: number): number | undefined {
  if (!value?.trim()) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

function cookieNames(value: string | undefined): ReadonlySet<string> | null {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length > 0 ? new Set(names) : null;
}
