/**
 * @module
 * The site's URLs, built in one place so pages and components agree on them.
 */

/** The front page, or one of its older pages when `cursor` is given. */
export function frontPagePath(cursor?: string | null): string {
  return cursor ? `/?${new URLSearchParams({ cursor })}` : '/';
}

/** An article's page. */
export function articlePath(slug: string): string {
  return `/articles/${encodeURIComponent(slug)}`;
}

/** An absolute URL for `path`, on the configured public origin or else the request's. */
export function absoluteUrl(path: string, siteUrl: string | undefined, requestUrl: URL): string {
  return new URL(path, siteUrl ?? requestUrl.origin).href;
}

/** The kinds of topic pages: a section, a tag or an author. */
export type TopicKind = 'sections' | 'tags' | 'authors';

/**
 * A section's, tag's or author's page, or one of its older pages when `cursor` is given.
 *
 * @example
 * topicPath('sections', 'business'); // '/sections/business'
 * topicPath('tags', 'ferries', 'abc'); // '/tags/ferries?cursor=abc'
 */
export function topicPath(kind: TopicKind, slug: string, cursor?: string | null): string {
  const path = `/${kind}/${encodeURIComponent(slug)}`;
  return cursor ? `${path}?${new URLSearchParams({ cursor })}` : path;
}

/** A section's page. */
export function sectionPath(slug: string): string {
  return topicPath('sections', slug);
}

/** A tag's page. */
export function tagPath(slug: string): string {
  return topicPath('tags', slug);
}

/** An author's page. */
export function authorPath(slug: string): string {
  return topicPath('authors', slug);
}

/** The feed formats the site serves, by file name. */
export const FEED_FILES = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' } as const;
export type FeedFormat = keyof typeof FEED_FILES;

/**
 * The address of a feed: the whole site's, or a section's, tag's or author's.
 *
 * @example
 * feedPath('rss'); // '/rss.xml'
 * feedPath('json', { kind: 'tags', slug: 'ferries' }); // '/tags/ferries/feed.json'
 */
export function feedPath(format: FeedFormat, topic?: { kind: TopicKind; slug: string }): string {
  return topic ? `${topicPath(topic.kind, topic.slug)}/${FEED_FILES[format]}` : `/${FEED_FILES[format]}`;
}
