/**
 * @module
 * `/news-sitemap.xml`: the Google News sitemap of the articles published in the last two days,
 * and `/robots.txt`, which points crawlers to both sitemaps.
 */
import { NEWS_SITEMAP_MAX_URLS, NEWS_SITEMAP_WINDOW_MS, toNewsSitemap } from '@dateline/model';
import { discoveryResponse, publicSite } from './discovery-response.ts';
import { lastModifiedOf } from './last-modified.ts';
import { absoluteUrl } from './paths.ts';
import { walkListing } from './sitemap-endpoint.ts';

/**
 * The news sitemap at `now` for a request to `url`.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * export const GET: APIRoute = ({ url }) => newsSitemapResponse(url);
 */
export async function newsSitemapResponse(url: URL, now = new Date()): Promise<Response> {
  const site = publicSite(url);
  const recent = await walkListing({ from: new Date(now.getTime() - NEWS_SITEMAP_WINDOW_MS) }, NEWS_SITEMAP_MAX_URLS);
  return discoveryResponse(toNewsSitemap(site, recent, now), 'xml', lastModifiedOf(recent));
}

/**
 * `/robots.txt`: everything may be crawled, and here are the sitemaps (as absolute URLs, which
 * the format requires).
 *
 * @example
 * export const GET: APIRoute = ({ url }) => robotsResponse(url);
 */
export function robotsResponse(url: URL): Response {
  const { config } = publicSite(url);
  const lines = [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${absoluteUrl('/sitemap.xml', config.siteUrl, url)}`,
    `Sitemap: ${absoluteUrl('/news-sitemap.xml', config.siteUrl, url)}`,
    '',
  ];
  return discoveryResponse(lines.join('\n'), 'text');
}
