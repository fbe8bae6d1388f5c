/**
 * @module
 * XML sitemaps (https://www.sitemaps.org/protocol.html): a list of pages, and an index of
 * sitemaps for sites whose pages do not fit in one.
 */
import { XML_DECLARATION, xmlElement } from './xml.ts';

/** The most URLs one sitemap may list (and the most sitemaps one index may list). */
export const SITEMAP_MAX_URLS = 50_000;

/** The sitemap namespace. */
export const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** A page (or, in an index, a sitemap) and when it last changed. */
export interface SitemapUrl {
  /** Absolute http(s) URL. */
  loc: string;
  /** When the page last changed meaningfully (ISO 8601); left out when unknown. */
  lastmod?: string | undefined;
}

function entries(tag: 'url' | 'sitemap', urls: readonly SitemapUrl[]): string[] {
  if (urls.length > SITEMAP_MAX_URLS) {
    throw new RangeError(`A sitemap lists at most ${SITEMAP_MAX_URLS} URLs, not ${urls.length}: split them with toSitemapIndex.`);
  }
  return urls.map((u) => {
    if (!/^https?:\/\//i.test(u.loc) || !URL.canParse(u.loc)) throw new TypeError(`A sitemap URL must be absolute http(s): ${u.loc}`);
    const lastmod = u.lastmod === undefined ? '' : xmlElement('lastmod', new Date(u.lastmod).toISOString());
    return `<${tag}>${xmlElement('loc', u.loc)}${lastmod}</${tag}>`;
  });
}

/**
 * A sitemap of `urls`, in the order given. Throws a `RangeError` for more than 50,000 URLs and a
 * `TypeError` for one that is not absolute http(s).
 *
 * @example
 * toSitemap([{ loc: 'https://news.example.org/', lastmod: '2026-05-08T09:30:00Z' }]);
 */
export function toSitemap(urls: readonly SitemapUrl[]): string {
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NAMESPACE}">`, ...entries('url', urls), '</urlset>', ''].join('\n');
}

/**
 * A sitemap index pointing at `sitemaps`. Throws like `toSitemap`.
 *
 * @example
 * toSitemapIndex([{ loc: 'https://news.example.org/sitemaps/2026-05.xml' }]);
 */
export function toSitemapIndex(sitemaps: readonly SitemapUrl[]): string {
  return [XML_DECLARATION, `<sitemapindex xmlns="${SITEMAP_NAMESPACE}">`, ...entries('sitemap', sitemaps), '</sitemapindex>', ''].join(
    '\n',
  );
}
