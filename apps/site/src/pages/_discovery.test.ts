/**
 * @module
 * The feed, sitemap and robots.txt endpoints, called as Astro calls them, against the real API
 * (in-process, over a temporary SQLite store); feeds are read back with a real feed parser.
 */
import type { APIContext, APIRoute } from 'astro';
import { XMLParser } from 'fast-xml-parser';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitemapResponse } from '../lib/sitemap-endpoint.ts';
import { NAMED_STORIES } from '../test/entity-stories.ts';
import { NEWSROOM, PUBLIC_SLUGS } from '../test/newsroom.ts';
import { startRealApi, type RealApi } from '../test/real-api.ts';
import { wellFormedXml } from '../test/well-formed.ts';
import * as authorAtom from './authors/[slug]/atom.xml.ts';
import * as atom from './atom.xml.ts';
import * as feedJson from './feed.json.ts';
import * as newsSitemap from './news-sitemap.xml.ts';
import * as robots from './robots.txt.ts';
import * as rss from './rss.xml.ts';
import * as sectionRss from './sections/[slug]/rss.xml.ts';
import * as sitemap from './sitemap.xml.ts';
import * as sitemapPart from './sitemaps/[name].xml.ts';
import * as tagJson from './tags/[slug]/feed.json.ts';

const ORIGIN = 'https://news.example.org';
let api: RealApi;
beforeAll(async () => {
  api = await startRealApi(NEWSROOM);
  process.env.SITE_URL = ORIGIN;
});
afterAll(async () => {
  delete process.env.SITE_URL;
  await api.close();
});

async function call(endpoint: { GET: APIRoute }, path: string, params: Record<string, string> = {}): Promise<Response> {
  const url = new URL(path, 'http://localhost:4321');
  return endpoint.GET({ url, params, request: new Request(url) } as unknown as APIContext);
}

async function ok(response: Response, type: string): Promise<string> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(type);
  expect(response.headers.get('cache-control')).toBe('public, s-maxage=300, stale-while-revalidate=600');
  const body = await response.text();
  // Every XML answer must pass a strict parser, not only the lenient readers below.
  return type.includes('xml') ? wellFormedXml(body) : body;
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'sitemap'].includes(name) });
function readXml(body: string) {
  // `body` comes from `ok`, which has checked it is well-formed.
  return xml.parse(body);
}
const article = (slug: string) => `${ORIGIN}/articles/${slug}`;

describe('the site feeds', () => {
  it('/rss.xml carries the latest public articles in full, newest first, at the public address', async () => {
    const feed = parseRssFeed(await ok(await call(rss, '/rss.xml'), 'application/rss+xml; charset=utf-8'));
    expect(feed.title).toBe('Dateline');
    expect(feed.link).toBe(`${ORIGIN}/`);
    expect(feed.atom?.links?.[0]?.href).toBe(`${ORIGIN}/rss.xml`);
    expect(feed.items?.map((i) => i.link)).toEqual(PUBLIC_SLUGS.map(article));
    const encoded = feed.items?.[0]?.content?.encoded ?? '';
    expect(encoded).toContain('<h2>What next</h2>');
    expect(encoded).toContain(`<a href="${ORIGIN}/articles/older">Earlier</a>`);
    expect(feed.items?.[0]?.dc?.creators).toEqual(['Ana Lima']);
  });

  it('/atom.xml and /feed.json carry the same articles', async () => {
    const atomFeed = parseAtomFeed(await ok(await call(atom, '/atom.xml'), 'application/atom+xml; charset=utf-8'));
    expect(atomFeed.entries?.map((e) => e.id)).toEqual(PUBLIC_SLUGS.map(article));
    const json = parseJsonFeed(JSON.parse(await ok(await call(feedJson, '/feed.json'), 'application/feed+json; charset=utf-8')));
    expect(json.feed_url).toBe(`${ORIGIN}/feed.json`);
    expect(json.items?.map((i) => i.url)).toEqual(PUBLIC_SLUGS.map(article));
    expect(json.items?.[0]?.content_text).toContain('- More sailings');
  });
});

describe('what a feed asks of the API', () => {
  it('is one request for all its articles, bodies included, whatever the format', async () => {
    for (const [endpoint, path] of [
      [rss, '/rss.xml'],
      [atom, '/atom.xml'],
      [feedJson, '/feed.json'],
    ] as const) {
      api.requests.length = 0;
      expect((await call(endpoint, path)).status).toBe(200);
      expect(api.requests).toEqual(['/v1/feed-items?limit=20']);
    }
  });

  it('is one request for a topic’s articles, and one for the topic’s name', async () => {
    const topics = [
      [sectionRss, '/sections/travel/rss.xml', 'travel', '/v1/sections/travel', 'section'],
      [tagJson, '/tags/harbour/feed.json', 'harbour', '/v1/tags/harbour', 'tag'],
      [authorAtom, '/authors/tom-reed/atom.xml', 'tom-reed', '/v1/authors/tom-reed', 'author'],
    ] as const;
    for (const [endpoint, path, slug, topicRequest, filter] of topics) {
      api.requests.length = 0;
      expect((await call(endpoint, path, { slug })).status).toBe(200);
      expect(api.requests.sort()).toEqual([`/v1/feed-items?limit=20&${filter}=${slug}`, topicRequest].sort());
    }
  });
});

describe('section, tag and author feeds', () => {
  it('carry only their topic’s articles, titled and linked to its page', async () => {
    const travel = parseRssFeed(
      await ok(await call(sectionRss, '/sections/travel/rss.xml', { slug: 'travel' }), 'application/rss+xml; charset=utf-8'),
    );
    expect([travel.title, travel.link, travel.description]).toEqual([
      'Travel | Dateline',
      `${ORIGIN}/sections/travel`,
      'The latest Travel stories from Dateline.',
    ]);
    expect(travel.items?.map((i) => i.link)).toEqual([article('night-ferry-returns-to-the-islands'), article('a-history-of-the-old-pier')]);

    const harbour = parseJsonFeed(
      JSON.parse(await ok(await call(tagJson, '/tags/harbour/feed.json', { slug: 'harbour' }), 'application/feed+json; charset=utf-8')),
    );
    expect(harbour.items?.map((i) => i.title)).toEqual(['Harbour budget approved']);

    const tom = parseAtomFeed(
      await ok(await call(authorAtom, '/authors/tom-reed/atom.xml', { slug: 'tom-reed' }), 'application/atom+xml; charset=utf-8'),
    );
    expect(tom.subtitle?.value).toBe('Stories by Tom Reed for Dateline.');
    expect(tom.entries?.map((e) => e.id)).toEqual([article('harbour-budget-approved'), article('a-history-of-the-old-pier')]);
  });

  it('answer 404 for a slug that cannot name a topic, as the topic pages do', async () => {
    expect((await call(tagJson, '/tags/UPPER/feed.json', { slug: 'UPPER' })).status).toBe(404);
    expect((await call(sectionRss, '/sections/-/rss.xml', { slug: '-' })).status).toBe(404);
    expect((await call(authorAtom, "/authors/'/atom.xml", { slug: "'" })).status).toBe(404);
  });

  it('answer 404 for a topic with no public articles', async () => {
    expect((await call(sectionRss, '/sections/deals/rss.xml', { slug: 'deals' })).status).toBe(404);
    expect((await call(tagJson, '/tags/nothing/feed.json', { slug: 'nothing' })).status).toBe(404);
  });
});

/** The people, places and organisations pages, as the API at `API_URL` lists them (most named first). */
async function entityPages(): Promise<string[]> {
  const apiUrl = process.env.API_URL!;
  const folders = { person: 'people', place: 'places', organization: 'organizations' } as const;
  const pages: string[] = [];
  for (const [type, folder] of Object.entries(folders)) {
    const { items } = (await (await fetch(`${apiUrl}/v1/entities?type=${type}&limit=100`)).json()) as { items: { slug: string }[] };
    pages.push(...items.map((e) => `${ORIGIN}/${folder}/${e.slug}`));
  }
  return pages;
}

describe('the sitemaps', () => {
  it('/sitemap.xml lists the home page, the directories, every topic page and every public article', async () => {
    const doc = readXml(await ok(await call(sitemap, '/sitemap.xml'), 'application/xml; charset=utf-8'));
    const locs: string[] = doc.urlset.url.map((u: { loc: string }) => u.loc);
    expect(locs).toEqual([
      `${ORIGIN}/`,
      ...['sections', 'tags', 'authors', 'people', 'places', 'organizations'].map((folder) => `${ORIGIN}/${folder}`),
      `${ORIGIN}/sections/business`,
      `${ORIGIN}/sections/travel`,
      `${ORIGIN}/authors/ana-lima`,
      `${ORIGIN}/authors/tom-reed`,
      `${ORIGIN}/tags/ferries`,
      `${ORIGIN}/tags/harbour`,
      `${ORIGIN}/tags/islands`,
      ...(await entityPages()),
      ...PUBLIC_SLUGS.map(article),
    ]);
    expect(doc.urlset.url.at(-1).lastmod).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('becomes an index of a pages sitemap and monthly article sitemaps when the site is large', async () => {
    const index = readXml(
      await ok(await sitemapResponse(new URL('http://localhost:4321/sitemap.xml'), 2), 'application/xml; charset=utf-8'),
    );
    const parts: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(parts.slice(0, 4)).toEqual(['pages', 'people', 'places', 'organizations'].map((name) => `${ORIGIN}/sitemaps/${name}.xml`));
    expect(parts.slice(4).every((loc) => /^https:\/\/news\.example\.org\/sitemaps\/articles-\d{4}-\d\d\.xml$/.test(loc))).toBe(true);
    const listed: string[] = [];
    for (const loc of parts) {
      const name = /\/sitemaps\/(.+)\.xml$/.exec(loc)?.[1] ?? '';
      const part = readXml(await ok(await call(sitemapPart, `/sitemaps/${name}.xml`, { name }), 'application/xml; charset=utf-8'));
      listed.push(...(part.urlset.url ?? []).map((u: { loc: string }) => u.loc));
    }
    expect(listed.filter((loc) => loc.includes('/articles/')).sort()).toEqual(PUBLIC_SLUGS.map(article).sort());
    expect(listed).toContain(`${ORIGIN}/tags/islands`);
    expect(listed).toEqual(expect.arrayContaining(await entityPages()));
  });

  it('answers 404 for a sitemap that does not exist', async () => {
    for (const name of ['articles-2026-13', 'everything', 'articles-26-05'])
      expect((await call(sitemapPart, `/sitemaps/${name}.xml`, { name })).status).toBe(404);
  });

  it('/news-sitemap.xml lists the articles of the last two days with their news details', async () => {
    const doc = readXml(await ok(await call(newsSitemap, '/news-sitemap.xml'), 'application/xml; charset=utf-8'));
    expect(doc.urlset.url.map((u: { loc: string }) => u.loc)).toEqual([
      article('night-ferry-returns-to-the-islands'),
      article('harbour-budget-approved'),
    ]);
    expect(doc.urlset.url[0]['news:news']).toMatchObject({
      'news:publication': { 'news:name': 'Dateline', 'news:language': 'en' },
      'news:title': 'Night ferry returns to the islands',
    });
  });

  it('/robots.txt points crawlers to both sitemaps', async () => {
    expect(await ok(await call(robots, '/robots.txt'), 'text/plain; charset=utf-8')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap.xml\nSitemap: ${ORIGIN}/news-sitemap.xml\n`,
    );
  });
});

describe('the sitemaps of a site whose stories name people, places and organisations', () => {
  let named: RealApi;
  beforeAll(async () => {
    named = await startRealApi(NAMED_STORIES);
  });
  afterAll(() => named.close());

  it('list their pages with the others', async () => {
    const pages = await entityPages();
    expect(pages).toEqual(expect.arrayContaining([`${ORIGIN}/people/ines-calder`, `${ORIGIN}/places/kirkwall`]));
    const doc = readXml(await ok(await call(sitemap, '/sitemap.xml'), 'application/xml; charset=utf-8'));
    expect(doc.urlset.url.map((u: { loc: string }) => u.loc)).toEqual(expect.arrayContaining(pages));
  });

  it('have sitemaps of their own in the index', async () => {
    const listed: string[] = [];
    for (const name of ['people', 'places', 'organizations']) {
      const part = readXml(await ok(await call(sitemapPart, `/sitemaps/${name}.xml`, { name }), 'application/xml; charset=utf-8'));
      listed.push(...(part.urlset.url ?? []).map((u: { loc: string }) => u.loc));
    }
    expect(listed.sort()).toEqual((await entityPages()).sort());
  });
});
