/**
 * @module
 * Google News sitemaps (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap):
 * the articles published in the last two days, each with the publication's name and language, its
 * publication time and its title.
 */
import { type ArticleSummary, isPublic } from '../article.ts';
import { articleUrl, type SiteInfo } from './json-ld.ts';
import { SITEMAP_NAMESPACE } from './sitemap.ts';
import { XML_DECLARATION, xmlElement } from './xml.ts';

/** How far back a news sitemap reaches: Google reads only articles of the last two days. */
export const NEWS_SITEMAP_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** The most articles one news sitemap may list. */
export const NEWS_SITEMAP_MAX_URLS = 1000;

/** The news sitemap namespace. */
export const NEWS_NAMESPACE = 'http://www.google.com/schemas/sitemap-news/0.9';

/** What a news sitemap needs of an article: a summary or a whole article will do. */
export type NewsSitemapArticle = Pick<ArticleSummary, 'slug' | 'headline' | 'language' | 'status' | 'publishedAt'>;

/**
 * The language code Google News expects: ISO 639 (`en`, `pt`), except Chinese, written `zh-cn`
 * (simplified) or `zh-tw` (traditional).
 *
 * @example
 * newsLanguage('en-GB'); // 'en'
 * newsLanguage('zh-Hant-HK'); // 'zh-tw'
 */
export function newsLanguage(tag: string): string {
  const [primary = '', ...rest] = tag.toLowerCase().split('-');
  if (primary !== 'zh') return primary;
  return rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part)) ? 'zh-tw' : 'zh-cn';
}

/**
 * Whether `article` belongs in a news sitemap made at `now`: published, at or before `now`, and
 * no more than two days before it.
 *
 * @example
 * isRecentNews(article, new Date());
 */
export function isRecentNews(article: NewsSitemapArticle, now: Date): boolean {
  if (!isPublic(article, now) || article.publishedAt === null) return false;
  return now.getTime() - Date.parse(article.publishedAt) <= NEWS_SITEMAP_WINDOW_MS;
}

/**
 * A Google News sitemap of those `articles` published within two days before `now` (newest
 * first, at most 1,000), each with `news:publication` (the site's name and the article's
 * language), `news:publication_date` and `news:title`. Older, future and unpublished articles are
 * left out, so callers may pass a listing as it comes.
 *
 * @example
 * const xml = toNewsSitemap({ name: 'The Harbour Gazette', url: 'https://news.example.org' }, recent, new Date());
 */
export function toNewsSitemap(site: SiteInfo, articles: readonly NewsSitemapArticle[], now: Date): string {
  const recent = articles
    .filter((a) => isRecentNews(a, now))
    .sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? ''))
    .slice(0, NEWS_SITEMAP_MAX_URLS);
  const urls = recent.map((a) =>
    [
      '<url>',
      xmlElement('loc', articleUrl(site, a.slug)),
      '<news:news>',
      `<news:publication>${xmlElement('news:name', site.name)}${xmlElement('news:language', newsLanguage(a.language))}</news:publication>`,
      xmlElement('news:publication_date', new Date(a.publishedAt ?? '').toISOString()),
      xmlElement('news:title', a.headline),
      '</news:news>',
      '</url>',
    ].join(''),
  );
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NAMESPACE}" xmlns:news="${NEWS_NAMESPACE}">`, ...urls, '</urlset>', ''].join('\n');
}
