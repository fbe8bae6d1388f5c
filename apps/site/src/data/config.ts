/**
 * @module
 * Deployment settings, read from the environment when a request needs them rather than at build
 * time, so one build can run against any API and under any public address.
 */

/** Where the site finds the API and how it presents itself. */
export interface SiteConfig {
  /** Base URL of the Dateline API (API_URL), without a trailing slash. */
  apiUrl: string;
  /** How long to wait for the API before answering 503 (API_TIMEOUT_MS). */
  apiTimeoutMs: number;
  /**
   * The public origin used in canonical links (SITE_URL), e.g. `https://news.example.org`.
   * Unset in development; pages then fall back to the request's own origin.
   */
  siteUrl: string | undefined;
  /** The publication's name, shown in the header and titles (SITE_NAME). */
  siteName: string;
}

export const DEFAULT_API_URL = 'http://127.0.0.1:8787';
export const DEFAULT_API_TIMEOUT_MS = 3000;

/** The current settings from `env` (process.env by default). */
export function readConfig(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  return {
    apiUrl: trimSlash(env.API_URL || DEFAULT_API_URL),
    apiTimeoutMs: positiveInt(env.API_TIMEOUT_MS) ?? DEFAULT_API_TIMEOUT_MS,
    siteUrl: env.SITE_URL ? trimSlash(env.SITE_URL) : undefined,
    siteName: env.SITE_NAME || 'Dateline',
  };
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function positiveInt(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
}
