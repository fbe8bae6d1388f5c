/**
 * @module
 * The sitemaps: `/sitemap.xml` lists every page when the site is small, and is otherwise an index
 * of `/sitemaps/pages.xml` (home, the directories such as /sections and /people, sections, tags, authors), one sitemap each of the people,
 * places and organisations pages (`/sitemaps/people.xml`…), and one sitemap of articles per month
 * (`/sitemaps/articles-2026-05.xml`), each built by paging through the API's listings.
 */
import {
  type ArticleSummary,
  ENTITY_PATHS,
  type EntityType,
  SITEMAP_MAX_URLS,
  type SitemapUrl,
  toSitemap,
  toSitemapIndex,
} from '@dateline/model';
import { type ListArticlesParams, listAllTopics, listArticles, listEntities } from '../data/index.ts';
import { DIRECTORIES, type DirectoryKind, directoryPath } from './directory.ts';
import { discoveryResponse, notFound, publicSite } from './discovery-response.ts';
import { lastModifiedOf } from './last-modified.ts';
import { absoluteUrl, articlePath, entityPath, topicPath, type TopicKind } from './paths.ts';

const ENTITY_TYPES = Object.keys(ENTITY_PATHS) as EntityType[];

/** Up to this many articles, `/sitemap.xml` lists every page itself rather than being an index. */
const SITEMAP_INLINE_MAX = 1000;

/** Page size when walking the listing (the API's largest). */
const LIST_PAGE_SIZE = 100;

/**
 * Every article the listing gives for `params`, following its pages, at most `max`.
 *
 * @example
 * await walkListing({ from: new Date('2026-05-01') }, 50_000);
 */
export async function walkListing(
  params: ListArticlesParams,
  max: number,
  first?: { items: ArticleSummary[]; nextCursor: string | null },
): Promise<ArticleSummary[]> {
  const items: ArticleSummary[] = [];
  let page = first ?? (await listArticles({ ...params, limit: LIST_PAGE_SIZE }));
  items.push(...page.items);
  while (page.nextCursor && items.length < max) {
    page = await listArticles({ ...params, cursor: page.nextCursor, limit: LIST_PAGE_SIZE });
    items.push(...page.items);
  }
  return items.slice(0, max);
}

/** The home page, the directories and every section, tag and author page, at most `max`. */
async function pageUrls(url: URL, max: number, newest?: ArticleSummary): Promise<SitemapUrl[]> {
  const { config } = publicSite(url);
  const kinds: TopicKind[] = ['sections', 'authors', 'tags'];
  const topics = await Promise.all(kinds.map((kind) => listAllTopics(kind)));
  const home: SitemapUrl = { loc: absoluteUrl('/', config.siteUrl, url), lastmod: newest?.updatedAt };
  const directories = (Object.keys(DIRECTORIES) as DirectoryKind[]).map((kind) => ({
    loc: absoluteUrl(directoryPath(kind), config.siteUrl, url),
  }));
  const topicUrls = kinds.flatMap((kind, i) =>
    (topics[i] ?? []).map((t) => ({ loc: absoluteUrl(topicPath(kind, t.slug), config.siteUrl, url) })),
  );
  return [home, ...directories, ...topicUrls].slice(0, max);
}

/** The pages of the people, places or organisations of `type`, at most `max`, and how many there are. */
async function entityUrls(url: URL, type: EntityType, max: number): Promise<{ urls: SitemapUrl[]; total: number }> {
  const { config } = publicSite(url);
  const { items, total } = await listEntities(type, max);
  return { urls: items.map((e) => ({ loc: absoluteUrl(entityPath(type, e.slug), config.siteUrl, url) })), total };
}

function articleUrls(url: URL, articles: readonly ArticleSummary[]): SitemapUrl[] {
  const { config } = publicSite(url);
  return articles.map((a) => ({ loc: absoluteUrl(articlePath(a.slug), config.siteUrl, url), lastmod: a.updatedAt }));
}

/** `YYYY-MM` of every month from the one of `oldest` to the one of `newest`, newest first. */
function months(oldest: string, newest: string): string[] {
  const index = (iso: string) => new Date(iso).getUTCFullYear() * 12 + new Date(iso).getUTCMonth();
  const out: string[] = [];
  for (let i = index(newest); i >= index(oldest); i -= 1) out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  return out;
}

/**
 * `/sitemap.xml` for a request to `url`: one sitemap of every page while the site has at most
 * `inlineMax` articles, else a sitemap index.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * export const GET: APIRoute = ({ url }) => sitemapResponse(url);
 */
export async function sitemapResponse(url: URL, inlineMax = SITEMAP_INLINE_MAX): Promise<Response> {
  const first = await listArticles({ limit: LIST_PAGE_SIZE });
  const newest = first.items[0];
  if (first.total <= inlineMax) {
    const articles = await walkListing({}, inlineMax, first);
    const pages = await pageUrls(url, SITEMAP_MAX_URLS - articles.length, newest);
    let room = SITEMAP_MAX_URLS - articles.length - pages.length;
    const entities: SitemapUrl[] = [];
    let complete = true;
    for (const type of ENTITY_TYPES) {
      const { urls, total } = await entityUrls(url, type, room);
      entities.push(...urls);
      room -= urls.length;
      complete &&= urls.length === total;
    }
    // Past one sitemap's limit, the index below lists them all.
    if (complete)
      return discoveryResponse(toSitemap([...pages, ...entities, ...articleUrls(url, articles)]), 'xml', lastModifiedOf(articles));
  }
  const [oldest] = (await listArticles({ order: 'oldest', limit: 1 })).items;
  const { config } = publicSite(url);
  const loc = (name: string) => absoluteUrl(`/sitemaps/${name}.xml`, config.siteUrl, url);
  const parts = newest?.publishedAt && oldest?.publishedAt ? months(oldest.publishedAt, newest.publishedAt) : [];
  const entityParts = ENTITY_TYPES.map((type) => ({ loc: loc(ENTITY_PATHS[type]) }));
  // Dated by the latest stories, which the monthly parts list.
  return discoveryResponse(
    toSitemapIndex([{ loc: loc('pages') }, ...entityParts, ...parts.map((m) => ({ loc: loc(`articles-${m}`) }))]),
    'xml',
    lastModifiedOf(first.items),
  );
}

/**
 * One sitemap of the index: `pages`, `people`, `places`, `organizations` (the first 50,000 of
 * each, most named first), or `articles-YYYY-MM` (the articles published that month, UTC); 404
 * for any other name.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * export const GET: APIRoute = ({ url, params }) => sitemapPartResponse(params.name ?? '', url);
 */
export async function sitemapPartResponse(name: string, url: URL): Promise<Response> {
  if (name === 'pages') {
    const [newest] = (await listArticles({ limit: 1 })).items;
    return discoveryResponse(toSitemap(await pageUrls(url, SITEMAP_MAX_URLS, newest)), 'xml', lastModifiedOf(newest ? [newest] : []));
  }
  const type = ENTITY_TYPES.find((t) => ENTITY_PATHS[t] === name);
  if (type) return discoveryResponse(toSitemap((await entityUrls(url, type, SITEMAP_MAX_URLS)).urls), 'xml');
  const month = /^articles-(\d{4})-(0[1-9]|1[0-2])$/.exec(name);
  if (!month) return notFound();
  const [year, index] = [Number(month[1]), Number(month[2]) - 1];
  const articles = await walkListing(
    { from: new Date(Date.UTC(year, index, 1)), to: new Date(Date.UTC(year, index + 1, 1)) },
    SITEMAP_MAX_URLS,
  );
  return discoveryResponse(toSitemap(articleUrls(url, articles)), 'xml', lastModifiedOf(articles));
}
