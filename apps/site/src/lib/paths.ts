/**
 * @module
 * The site's URLs, built in one place so pages and components agree on them.
 */
import { blockId, ENTITY_PATHS, type EntityType } from '@dateline/model';

/** The front page, or one of its older pages when `cursor` is given. */
export function frontPagePath(cursor?: string | null): string {
  return cursor ? `/?${new URLSearchParams({ cursor })}` : '/';
}

/** An article's page. */
export function articlePath(slug: string): string {
  return `/articles/${encodeURIComponent(slug)}`;
}

/** Where the article page's comment form posts. */
export function commentsPostPath(slug: string): string {
  return `${articlePath(slug)}/comments`;
}

/** What the article page's address may say about its comments. */
export interface CommentView {
  /** Show the form as a reply to this comment. */
  replyTo?: string | undefined;
  /** The comment the reader has just posted (also keeps caches from serving an older page). */
  comment?: string | undefined;
  /** A later page of comments. */
  comments?: string | undefined;
}

/**
 * The article page with comment state in its query, and a fragment to land on.
 *
 * @example
 * articleCommentsPath('night-ferry', { replyTo: 'c1' }, 'add-comment'); // '/articles/night-ferry?replyTo=c1#add-comment'
 */
export function articleCommentsPath(slug: string, view: CommentView, fragment?: string): string {
  const params = new URLSearchParams();
  for (const key of ['replyTo', 'comment', 'comments'] as const) {
    const value = view[key];
    if (value) params.set(key, value);
  }
  const query = params.size > 0 ? `?${params}` : '';
  return `${articlePath(slug)}${query}${fragment ? `#${fragment}` : ''}`;
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
const FEED_FILES = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' } as const;
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

/**
 * The page of a person, place or organisation (folders as the model's structured data names
 * them), or one of its older pages when `cursor` is given.
 *
 * @example
 * entityPath('person', 'xi-jinping'); // '/people/xi-jinping'
 * entityPath('place', 'moscow', 'abc'); // '/places/moscow?cursor=abc'
 */
export function entityPath(type: EntityType, slug: string, cursor?: string | null): string {
  const path = `/${ENTITY_PATHS[type]}/${encodeURIComponent(slug)}`;
  return cursor ? `${path}?${new URLSearchParams({ cursor })}` : path;
}

/**
 * The address of body block `block` of an article: where a quotation was said.
 *
 * @example
 * blockPath('xi-and-putin-sign-pact', 3); // '/articles/xi-and-putin-sign-pact#p-3'
 */
export function blockPath(slug: string, block: number): string {
  return `${articlePath(slug)}#${blockId(block)}`;
}
