/**
 * @module
 * Answers of the machine-read endpoints (feeds, sitemaps, robots.txt): their media types, and
 * caching that lets a CDN serve them for five minutes and a stale copy for ten more while it
 * fetches a fresh one, so crawlers and feed readers do not each reach the API.
 */
import { readConfig, type SiteConfig } from '../data/index.ts';
import { messagesFor } from '../messages/index.ts';

/** Shared caches keep these answers five minutes, then serve them stale while revalidating. */
const DISCOVERY_CACHE_CONTROL = 'public, s-maxage=300, stale-while-revalidate=600';

/** The media types served, each with its charset. */
export const MEDIA_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  text: 'text/plain; charset=utf-8',
} as const;

/**
 * A 200 answer with `body`, its media type and the discovery caching, and a `Last-Modified` when
 * `lastModified` (an HTTP date, see lib/last-modified.ts) is known.
 *
 * @example
 * return discoveryResponse(toSitemap(urls), 'xml', lastModifiedOf(articles));
 */
export function discoveryResponse(body: string, type: keyof typeof MEDIA_TYPES, lastModified?: string): Response {
  const headers: Record<string, string> = { 'Content-Type': MEDIA_TYPES[type], 'Cache-Control': DISCOVERY_CACHE_CONTROL };
  if (lastModified) headers['Last-Modified'] = lastModified;
  return new Response(body, { status: 200, headers });
}

/** A bodiless 404 (Astro shows its 404 page for pages, not for endpoints). */
export function notFound(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'Content-Type': MEDIA_TYPES.text } });
}

/** The publication as the model's feed and sitemap functions describe it. */
export interface PublicSite {
  name: string;
  /** The public origin: SITE_URL, or else the request's own. */
  url: string;
  description: string;
  config: SiteConfig;
}

/**
 * The site as seen from a request to `url`.
 *
 * @example
 * const site = publicSite(Astro.url); // { name: 'Dateline', url: 'https://news.example.org', … }
 */
export function publicSite(url: URL): PublicSite {
  const config = readConfig();
  return {
    name: config.siteName,
    url: config.siteUrl ?? url.origin,
    description: messagesFor(config.locale).messages.frontPageDescription(config.siteName),
    config,
  };
}
