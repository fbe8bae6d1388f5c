/**
 * @module
 * What RSS, Atom and JSON Feed share: the description of a feed, and each article reduced to the
 * fields every format needs (absolute URL, HTML and text content, dates, people, categories).
 */
import type { Article } from '../article.ts';
import { authorUrl, articleUrl, type SiteInfo } from './json-ld.ts';
import { renderBlocksHtml, renderBlocksText, renderImageHtml, safeUrl } from './render-blocks.ts';

/** The publication a feed belongs to. */
export interface FeedSite extends SiteInfo {
  /** One line about the publication, the default feed description. */
  description?: string | undefined;
  /** The publication's main language (BCP 47), when the feed does not say otherwise. */
  language?: string | undefined;
}

/** One feed of the site: the whole publication, or a section, tag or author. */
export interface FeedOptions {
  /** The feed's own absolute URL (RSS `atom:link rel="self"`, Atom `rel="self"`, JSON Feed `feed_url`). */
  selfUrl: string;
  /** The absolute URL of the page the feed follows; default the site's home page. */
  pageUrl?: string | undefined;
  /** Default the site's name. */
  title?: string | undefined;
  /** Default the site's description, else its name. */
  description?: string | undefined;
  /** Default the site's language. */
  language?: string | undefined;
  /** The feed's update time when it holds no article (an article's `updatedAt` otherwise); default the Unix epoch. */
  emptyUpdated?: Date | undefined;
}

/** The name the feeds give as their generator. */
export const FEED_GENERATOR = 'Dateline';

/** An article as every feed format needs it. */
export interface FeedEntry {
  url: string;
  title: string;
  /** The standfirst, or the excerpt, as plain text. */
  summary: string;
  /** Lead image then body, as safe HTML with absolute links. */
  html: string;
  /** The body as plain text. */
  text: string;
  /** The lead image (or else the first body image) as an absolute URL. */
  image: string | undefined;
  /** ISO 8601, UTC: publication time (the update time for an article never published). */
  published: string;
  updated: string;
  authors: { name: string; url: string }[];
  /** The section first, then the tags. */
  categories: { name: string; slug: string; kind: 'section' | 'tag' }[];
  language: string;
  /** Where the article first appeared, when not on this site. */
  externalUrl: string | undefined;
}

/**
 * The fields every feed format takes from `article`.
 *
 * @example
 * feedEntry(site, article).url; // 'https://news.example.org/articles/night-ferry-returns'
 */
export function feedEntry(site: SiteInfo, article: Article): FeedEntry {
  const url = articleUrl(site, article.slug);
  const lead = article.leadImage ? renderImageHtml(article.leadImage, { baseUrl: url }) : '';
  const imageSrc = article.leadImage?.src ?? article.body.find((b) => b.type === 'image')?.src;
  return {
    url,
    title: article.headline,
    summary: article.standfirst ?? article.excerpt,
    html: [lead, renderBlocksHtml(article.body, { baseUrl: url })].filter(Boolean).join('\n'),
    text: renderBlocksText(article.body),
    image: imageSrc === undefined ? undefined : (safeUrl(imageSrc, 'image', url) ?? undefined),
    published: utc(article.publishedAt ?? article.updatedAt),
    updated: utc(article.updatedAt),
    authors: article.authors.map((a) => ({ name: a.name, url: a.url ?? authorUrl(site, a.slug) })),
    categories: categories(article),
    language: article.language,
    externalUrl: article.canonicalUrl && article.canonicalUrl !== url ? article.canonicalUrl : undefined,
  };
}

/**
 * The section, then the tags, each name once: a tag named as the section (a story filed under
 * Business and tagged Business) adds nothing a feed reader should show twice.
 */
function categories(article: Article): FeedEntry['categories'] {
  const all = [
    ...(article.section ? [{ ...article.section, kind: 'section' as const }] : []),
    ...article.tags.map((t) => ({ ...t, kind: 'tag' as const })),
  ];
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = c.name.trim().toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Media types of images, by the address's extension, for the feeds' enclosures. */
const IMAGE_TYPES: Record<string, string> = {
  avif: 'image/avif',
  gif: 'image/gif',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  png: 'image/png',
  svg: 'image/svg+xml',
  webp: 'image/webp',
};

/**
 * The media type of the image at `url`, guessed from its extension; undefined when it has none
 * the feeds know.
 *
 * @example
 * imageType('https://news.example.org/media/lamps.jpg'); // 'image/jpeg'
 */
export function imageType(url: string): string | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : IMAGE_TYPES[extension];
}

/** The settings of a feed with every default filled in. */
export interface ResolvedFeed {
  title: string;
  description: string;
  pageUrl: string;
  selfUrl: string;
  language: string | undefined;
  /** The latest `updatedAt` of its articles. */
  updated: string;
}

/**
 * `options` completed from `site`, and the feed's update time from its entries.
 *
 * @example
 * resolveFeed(site, { selfUrl: 'https://news.example.org/rss.xml' }, entries).title; // the site's name
 */
export function resolveFeed(site: FeedSite, options: FeedOptions, entries: readonly FeedEntry[]): ResolvedFeed {
  const latest = entries.reduce<string | undefined>((max, e) => (max === undefined || e.updated > max ? e.updated : max), undefined);
  return {
    title: options.title ?? site.name,
    description: options.description ?? site.description ?? site.name,
    pageUrl: options.pageUrl ?? `${site.url.replace(/\/+$/, '')}/`,
    selfUrl: options.selfUrl,
    language: options.language ?? site.language,
    updated: latest ?? utc(options.emptyUpdated ?? new Date(0)),
  };
}

function utc(timestamp: string | Date): string {
  return new Date(timestamp).toISOString();
}
