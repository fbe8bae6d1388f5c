/**
 * @module
 * RSS 2.0, with the full article in `content:encoded`, authors as `dc:creator` (RSS's own
 * `author` wants an e-mail address), the lead image as `media:content` (RSS's `enclosure` wants
 * the file's length, which the feed does not know) and the feed's address in `atom:link rel="self"`.
 */
import type { Article } from '../article.ts';
import { FEED_GENERATOR, type FeedOptions, type FeedSite, feedEntry, imageType, resolveFeed, type FeedEntry } from './feeds.ts';
import { XML_DECLARATION, xmlElement } from './xml.ts';

const NAMESPACES = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
};

/** RFC 822 date, as RSS 2.0 requires: `Fri, 08 May 2026 09:30:00 GMT`. */
function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

function item(entry: FeedEntry): string {
  return [
    '<item>',
    xmlElement('title', entry.title),
    xmlElement('link', entry.url),
    xmlElement('guid', entry.url, { isPermaLink: 'true' }),
    xmlElement('pubDate', rfc822(entry.published)),
    xmlElement('description', entry.summary),
    ...entry.authors.map((a) => xmlElement('dc:creator', a.name)),
    ...entry.categories.map((c) => xmlElement('category', c.name)),
    entry.image && xmlElement('media:content', undefined, { url: entry.image, medium: 'image', type: imageType(entry.image) }),
    xmlElement('content:encoded', entry.html),
    '</item>',
  ]
    .filter((line): line is string => typeof line === 'string' && line !== '')
    .join('\n');
}

/**
 * An RSS 2.0 document of `articles` in the order given (newest first, as listings are). Each item
 * has title, link, a permalink guid, publication date, the standfirst as description, authors,
 * section and tags as categories, and the full article as escaped HTML in `content:encoded`
 * (links and images absolute, so readers can follow them away from the site).
 *
 * @example
 * const xml = toRss({ name: 'The Harbour Gazette', url: 'https://news.example.org' }, articles, {
 *   selfUrl: 'https://news.example.org/rss.xml',
 * });
 */
export function toRss(site: FeedSite, articles: readonly Article[], options: FeedOptions): string {
  const entries = articles.map((a) => feedEntry(site, a));
  const feed = resolveFeed(site, options, entries);
  const channel = [
    xmlElement('title', feed.title),
    xmlElement('link', feed.pageUrl),
    xmlElement('description', feed.description),
    feed.language && xmlElement('language', feed.language),
    xmlElement('generator', FEED_GENERATOR),
    entries.length > 0 && xmlElement('lastBuildDate', rfc822(feed.updated)),
    xmlElement('atom:link', undefined, { href: feed.selfUrl, rel: 'self', type: 'application/rss+xml' }),
    ...entries.map(item),
  ].filter((line): line is string => typeof line === 'string' && line !== '');
  const rss = Object.entries(NAMESPACES)
    .map(([key, value]) => ` ${key}="${value}"`)
    .join('');
  return [XML_DECLARATION, `<rss version="2.0"${rss}>`, '<channel>', ...channel, '</channel>', '</rss>', ''].join('\n');
}
