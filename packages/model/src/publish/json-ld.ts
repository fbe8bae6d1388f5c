/**
 * @module
 * schema.org `NewsArticle` structured data for an article page, following Google's guidance for
 * article rich results, and its safe serialisation into a `<script>` element.
 */
import type { Article } from '../article.ts';
import type { EntityType, Mention } from '../entities/entity.ts';
import type { Author } from '../people.ts';
import { truncateAtWord } from '../derive/excerpt.ts';
import { sharePath } from './media-renditions.ts';

/** The publication an article appears in. */
export interface SiteInfo {
  /** The publication's name, e.g. "The Harbour Gazette". */
  name: string;
  /** The site's absolute base URL, e.g. `https://news.example.org`. */
  url: string;
  /** The publication's logo: an absolute URL or a path on the site. */
  logo?: string | undefined;
}

/** A JSON-LD object: plain JSON values only. */
export type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | null | JsonLd | JsonLdValue[];

/** Google shows at most this many characters of a headline in article results. */
export const JSON_LD_HEADLINE_LENGTH = 110;

/**
 * The public address of an article page on `site` (the reader site serves `/articles/<slug>`).
 *
 * @example
 * articleUrl({ name: 'Gazette', url: 'https://news.example.org/' }, 'night-ferry'); // 'https://news.example.org/articles/night-ferry'
 */
export function articleUrl(site: SiteInfo, slug: string): string {
  return `${baseUrl(site)}/articles/${encodeURIComponent(slug)}`;
}

/**
 * The public address of an author's page on `site`.
 *
 * @example
 * authorUrl({ name: 'Gazette', url: 'https://news.example.org' }, 'maren-ostby'); // 'https://news.example.org/authors/maren-ostby'
 */
export function authorUrl(site: SiteInfo, slug: string): string {
  return `${baseUrl(site)}/authors/${encodeURIComponent(slug)}`;
}

/** The site's folder of pages for each kind of entity. */
export const ENTITY_PATHS: Readonly<Record<EntityType, string>> = { person: 'people', place: 'places', organization: 'organizations' };

/**
 * The public address of the page of a person, place or organisation on `site`.
 *
 * @example
 * entityUrl({ name: 'Gazette', url: 'https://news.example.org' }, { type: 'person', slug: 'xi-jinping' }); // 'https://news.example.org/people/xi-jinping'
 */
export function entityUrl(site: SiteInfo, entity: { type: EntityType; slug: string }): string {
  return `${baseUrl(site)}/${ENTITY_PATHS[entity.type]}/${encodeURIComponent(entity.slug)}`;
}

/** How many of the most mentioned entities count as what the article is `about`; the rest are `mentions`. */
export const JSON_LD_ABOUT = 3;

/**
 * schema.org `NewsArticle` JSON-LD for `article` on `site`: headline (cut to 110 characters),
 * description, dates, authors as `Person` (linking to their page on the site when they have no
 * URL of their own), lead image as an absolute URL, publisher `Organization` with logo, the
 * page as `mainEntityOfPage`, language, section, keywords, word count, dateline and corrections.
 * The people, places and organisations it names become `about` (the three most mentioned) and
 * `mentions` (the rest), each a `Person`, `Place` or `Organization` linking to its page on the site.
 * Fields the article lacks are left out rather than sent empty.
 *
 * @example
 * const ld = toJsonLd(article, { name: 'The Harbour Gazette', url: 'https://news.example.org', logo: '/logo.png' });
 * ld['@type']; // 'NewsArticle'
 * const html = `<script type="application/ld+json">${toJsonLdScript(ld)}</script>`;
 */
export function toJsonLd(article: Article, site: SiteInfo): JsonLd {
  const page = articleUrl(site, article.slug);
  const publisher: JsonLd = {
    '@type': 'Organization',
    name: site.name,
    url: baseUrl(site),
    ...(site.logo ? { logo: { '@type': 'ImageObject', url: absolute(site, site.logo) } } : {}),
  };
  // A stored picture gives its 1200×630 crop and its widest rendition; another, its address.
  const picture = article.leadImage ?? article.body.find((b) => b.type === 'image');
  const images = picture?.media ? [sharePath(picture.media.id), picture.src] : picture ? [picture.src] : [];
  const ld: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': page },
    url: page,
    headline: truncateAtWord(article.headline, JSON_LD_HEADLINE_LENGTH),
    description: article.standfirst ?? article.excerpt,
    ...(images.length ? { image: images.map((src) => absolute(site, src)) } : {}),
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    dateModified: article.updatedAt,
    // Google asks for an author; an unsigned article is credited to the publication.
    author: article.authors.length ? article.authors.map((a) => person(site, a)) : [publisher],
    publisher,
    inLanguage: article.language,
    ...(article.section ? { articleSection: article.section.name } : {}),
    ...(article.tags.length ? { keywords: article.tags.map((t) => t.name) } : {}),
    wordCount: article.wordCount,
    ...(article.dateline ? { dateline: article.dateline } : {}),
    ...(article.canonicalUrl && article.canonicalUrl !== page ? { isBasedOn: article.canonicalUrl } : {}),
    ...(article.corrections.length
      ? { correction: article.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date })) }
      : {}),
    ...entityFields(site, article.mentions ?? []),
  };
  return ld;
}

const SCHEMA_TYPES: Readonly<Record<EntityType, string>> = { person: 'Person', place: 'Place', organization: 'Organization' };

function entityFields(site: SiteInfo, mentions: readonly Mention[]): JsonLd {
  // Most mentioned first, as enrich orders them; a corrected list may not be.
  const ranked = [...mentions].sort((a, b) => b.count - a.count);
  const thing = ({ entity }: Mention): JsonLd => ({ '@type': SCHEMA_TYPES[entity.type], name: entity.name, url: entityUrl(site, entity) });
  const about = ranked.slice(0, JSON_LD_ABOUT).map(thing);
  const rest = ranked.slice(JSON_LD_ABOUT).map(thing);
  return { ...(about.length ? { about } : {}), ...(rest.length ? { mentions: rest } : {}) };
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;
const SCRIPT_ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON text of `data` that is safe inside `<script type="application/ld+json">`: `<`, `>` and
 * `&` are escaped as `\u003c`, `\u003e` and `\u0026` (so no `</script>` or `<!--` can end or
 * alter the element), and so are U+2028 and U+2029. The result is still valid JSON.
 *
 * @example
 * toJsonLdScript({ headline: '</script><script>alert(1)</script>' });
 * // '{"headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'
 */
export function toJsonLdScript(data: unknown): string {
  // One pass over the text rather than one per character: every article page serialises several.
  return JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, (char) => SCRIPT_ESCAPES[char]!);
}

function person(site: SiteInfo, author: Author): JsonLd {
  return { '@type': 'Person', name: author.name, url: author.url ?? authorUrl(site, author.slug) };
}

function baseUrl(site: SiteInfo): string {
  return site.url.replace(/\/+$/, '');
}

function absolute(site: SiteInfo, src: string): string {
  return new URL(src, `${baseUrl(site)}/`).href;
}
