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
  /**
   * The newsroom's time zone (SITE_TIME_ZONE, an IANA name such as `Europe/Paris`), in which every
   * date and time is shown; `datetime` attributes stay in UTC.
   */
  timeZone: string;
  /**
   * The newsroom's locale (SITE_LOCALE, a BCP 47 tag such as `fr-FR`): how dates and lists are
   * written, and the language of the site's labels when it has a message file for it.
   */
  locale: string;
}

const DEFAULT_API_URL = 'http://127.0.0.1:8787';
const DEFAULT_API_TIMEOUT_MS = 3000;
const DEFAULT_TIME_ZONE = 'UTC';
const DEFAULT_LOCALE = 'en-GB';

/** The current settings from `env` (process.env by default). */
export function readConfig(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  return {
    apiUrl: trimSlash(env.API_URL || DEFAULT_API_URL),
    apiTimeoutMs: positiveInt(env.API_TIMEOUT_MS) ?? DEFAULT_API_TIMEOUT_MS,
    siteUrl: env.SITE_URL ? trimSlash(env.SITE_URL) : undefined,
    siteName: env.SITE_NAME || 'Dateline',
    timeZone: validTimeZone(env.SITE_TIME_ZONE?.trim()) ?? DEFAULT_TIME_ZONE,
    locale: validLocale(env.SITE_LOCALE?.trim()) ?? DEFAULT_LOCALE,
  };
}

// An unknown zone or locale falls back to the default rather than failing every page: a
// mistyped setting should not take the news offline.
function validTimeZone(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function validLocale(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function positiveInt(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
}
