/**
 * @module
 * Atom (RFC 4287), with the full article as HTML content and the standfirst as summary.
 */
import type { Article } from '../article.ts';
import { FEED_GENERATOR, type FeedEntry, type FeedOptions, type FeedSite, feedEntry, imageType, resolveFeed } from './feeds.ts';
import { XML_DECLARATION, escapeXml, xmlElement } from './xml.ts';

function person(name: string, uri: string): string {
  return `<author>${xmlElement('name', name)}${xmlElement('uri', uri)}</author>`;
}

function entry(e: FeedEntry, feedLanguage: string | undefined): string {
  return [
    e.language !== feedLanguage ? `<entry xml:lang="${escapeXml(e.language)}">` : '<entry>',
    xmlElement('id', e.url),
    xmlElement('title', e.title, { type: 'text' }),
    xmlElement('link', undefined, { rel: 'alternate', type: 'text/html', href: e.url }),
    e.externalUrl && xmlElement('link', undefined, { rel: 'via', href: e.externalUrl }),
    e.image && xmlElement('link', undefined, { rel: 'enclosure', href: e.image, type: imageType(e.image) }),
    xmlElement('published', e.published),
    xmlElement('updated', e.updated),
    ...e.authors.map((a) => person(a.name, a.url)),
    ...e.categories.map((c) => xmlElement('category', undefined, { term: c.slug, label: c.name })),
    xmlElement('summary', e.summary, { type: 'text' }),
    xmlElement('content', e.html, { type: 'html' }),
    '</entry>',
  ]
    .filter((line): line is string => typeof line === 'string' && line !== '')
    .join('\n');
}

/**
 * An Atom feed of `articles` in the order given. The feed's id is the page it follows; each
 * entry's id is the article's address, so it stays the same across updates. An article without
 * authors is credited to the publication, named at feed level as Atom requires.
 *
 * @example
 * const xml = toAtom({ name: 'The Harbour Gazette', url: 'https://news.example.org' }, articles, {
 *   selfUrl: 'https://news.example.org/atom.xml',
 * });
 */
export function toAtom(site: FeedSite, articles: readonly Article[], options: FeedOptions): string {
  const entries = articles.map((a) => feedEntry(site, a));
  const feed = resolveFeed(site, options, entries);
  const root = feed.language
    ? `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`
    : '<feed xmlns="http://www.w3.org/2005/Atom">';
  return [
    XML_DECLARATION,
    root,
    xmlElement('id', feed.pageUrl),
    xmlElement('title', feed.title, { type: 'text' }),
    xmlElement('subtitle', feed.description, { type: 'text' }),
    xmlElement('updated', feed.updated),
    xmlElement('link', undefined, { rel: 'alternate', type: 'text/html', href: feed.pageUrl }),
    xmlElement('link', undefined, { rel: 'self', type: 'application/atom+xml', href: feed.selfUrl }),
    person(site.name, `${site.url.replace(/\/+$/, '')}/`),
    xmlElement('generator', FEED_GENERATOR),
    ...entries.map((e) => entry(e, feed.language)),
    '</feed>',
    '',
  ].join('\n');
}
