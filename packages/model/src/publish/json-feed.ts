/**
 * @module
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the full article as `content_html` and
 * `content_text`, the standfirst as `summary`. `json-feed.schema.json` beside this file
 * describes the format for validators.
 */
import type { Article } from '../article.ts';
import { type FeedEntry, type FeedOptions, type FeedSite, feedEntry, resolveFeed } from './feeds.ts';

/** The version URL every JSON Feed 1.1 document starts with. */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** The media type of JSON Feed documents. */
export const JSON_FEED_MEDIA_TYPE = 'application/feed+json';

/** A JSON Feed author. */
export interface JsonFeedAuthor {
  name?: string;
  url?: string;
  avatar?: string;
}

/** A JSON Feed item, with the fields this module writes. */
export interface JsonFeedItem {
  id: string;
  url?: string;
  external_url?: string;
  title?: string;
  content_html?: string;
  content_text?: string;
  summary?: string;
  image?: string;
  date_published?: string;
  date_modified?: string;
  authors?: JsonFeedAuthor[];
  tags?: string[];
  language?: string;
}

/** A JSON Feed 1.1 document, with the top-level fields this module writes. */
export interface JsonFeed {
  version: typeof JSON_FEED_VERSION;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  authors?: JsonFeedAuthor[];
  language?: string;
  items: JsonFeedItem[];
}

function item(e: FeedEntry): JsonFeedItem {
  const tags = [...new Set(e.categories.map((c) => c.name))];
  return {
    id: e.url,
    url: e.url,
    ...(e.externalUrl && { external_url: e.externalUrl }),
    title: e.title,
    content_html: e.html,
    content_text: e.text,
    summary: e.summary,
    ...(e.image && { image: e.image }),
    date_published: e.published,
    date_modified: e.updated,
    ...(e.authors.length > 0 && { authors: e.authors }),
    ...(tags.length > 0 && { tags }),
    language: e.language,
  };
}

/**
 * A JSON Feed 1.1 object of `articles` in the order given; serialise it with `JSON.stringify`
 * and serve it as `application/feed+json`. Item ids are the articles' addresses; items without
 * authors fall back to the feed's (the publication).
 *
 * @example
 * const feed = toJsonFeed({ name: 'The Harbour Gazette', url: 'https://news.example.org' }, articles, {
 *   selfUrl: 'https://news.example.org/feed.json',
 * });
 * const body = JSON.stringify(feed);
 */
export function toJsonFeed(site: FeedSite, articles: readonly Article[], options: FeedOptions): JsonFeed {
  const entries = articles.map((a) => feedEntry(site, a));
  const feed = resolveFeed(site, options, entries);
  return {
    version: JSON_FEED_VERSION,
    title: feed.title,
    home_page_url: feed.pageUrl,
    feed_url: feed.selfUrl,
    description: feed.description,
    authors: [{ name: site.name, url: `${site.url.replace(/\/+$/, '')}/` }],
    ...(feed.language && { language: feed.language }),
    items: entries.map(item),
  };
}
