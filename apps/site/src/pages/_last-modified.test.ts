/**
 * @module
 * Which pages, feeds and sitemaps say when they last changed: each dated by the newest update
 * among the stories it shows, rendered against the real API with stories imported an hour ago (so
 * a date taken from the clock at render time would not pass).
 */
import type { APIContext, APIRoute } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitemapResponse } from '../lib/sitemap-endpoint.ts';
import { NAMED_STORIES, STORM_SLUG } from '../test/entity-stories.ts';
import { startRealApi, type RealApi } from '../test/real-api.ts';
import { renderPage } from '../test/render.ts';
import ArticlePage from './articles/[slug].astro';
import AuthorPage from './authors/[slug].astro';
import * as feedJson from './feed.json.ts';
import * as newsSitemap from './news-sitemap.xml.ts';
import PersonPage from './people/[slug].astro';
import PlacePage from './places/[slug].astro';
import * as rss from './rss.xml.ts';
import SectionPage from './sections/[slug].astro';
import * as sectionAtom from './sections/[slug]/atom.xml.ts';
import * as sitemap from './sitemap.xml.ts';
import * as sitemapPart from './sitemaps/[name].xml.ts';
import TagPage from './tags/[slug].astro';

// Whole seconds: HTTP dates have no finer ones.
const IMPORTED = new Date(Math.floor((Date.now() - 3_600_000) / 1000) * 1000);
const DATE = IMPORTED.toUTCString();

let api: RealApi;
beforeAll(async () => {
  api = await startRealApi(NAMED_STORIES, IMPORTED);
});
afterAll(async () => {
  await api.close();
});

async function page(component: typeof SectionPage, path: string): Promise<Response> {
  const url = new URL(path, 'http://localhost:4321');
  return renderPage(component, { params: { slug: url.pathname.split('/').at(-1) ?? '' }, request: new Request(url) });
}

async function endpoint(module: { GET: APIRoute }, path: string, params: Record<string, string> = {}): Promise<Response> {
  const url = new URL(path, 'http://localhost:4321');
  return module.GET({ url, params, request: new Request(url) } as unknown as APIContext);
}

const dated = (response: Response) => [response.status, response.headers.get('last-modified')];

describe('Last-Modified', () => {
  it('dates an article page, a section, a tag, an author and a person or place by the stories they show', async () => {
    expect(dated(await page(ArticlePage, `/articles/${STORM_SLUG}`))).toEqual([200, DATE]);
    expect(dated(await page(SectionPage, '/sections/islands'))).toEqual([200, DATE]);
    expect(dated(await page(TagPage, '/tags/weather'))).toEqual([200, DATE]);
    expect(dated(await page(PersonPage, '/people/ines-calder'))).toEqual([200, DATE]);
    expect(dated(await page(PlacePage, '/places/kirkwall'))).toEqual([200, DATE]);
  });

  it('leaves it out of a page that does not exist', async () => {
    expect(dated(await page(SectionPage, '/sections/nothing'))).toEqual([404, null]);
    expect(dated(await page(AuthorPage, '/authors/nobody'))).toEqual([404, null]);
  });

  it('dates the feeds and the sitemaps that list stories', async () => {
    expect(dated(await endpoint(rss, '/rss.xml'))).toEqual([200, DATE]);
    expect(dated(await endpoint(feedJson, '/feed.json'))).toEqual([200, DATE]);
    expect(dated(await endpoint(sectionAtom, '/sections/islands/atom.xml', { slug: 'islands' }))).toEqual([200, DATE]);
    expect(dated(await endpoint(sitemap, '/sitemap.xml'))).toEqual([200, DATE]);
    expect(dated(await sitemapResponse(new URL('http://localhost:4321/sitemap.xml'), 0))).toEqual([200, DATE]);
    expect(dated(await endpoint(newsSitemap, '/news-sitemap.xml'))).toEqual([200, DATE]);
    expect(dated(await endpoint(sitemapPart, '/sitemaps/pages.xml', { name: 'pages' }))).toEqual([200, DATE]);
    const month = IMPORTED.toISOString().slice(0, 7);
    // The stories were published two to eight hours ago: at the turn of a month some fall in the one before.
    const parts = await Promise.all(
      [month, new Date(IMPORTED.getTime() - 8 * 3_600_000).toISOString().slice(0, 7)].map((m) =>
        endpoint(sitemapPart, `/sitemaps/articles-${m}.xml`, { name: `articles-${m}` }),
      ),
    );
    expect(parts.map((part) => part.headers.get('last-modified'))).toContain(DATE);
  });

  it('leaves it out of a sitemap of pages that carry no date', async () => {
    expect(dated(await endpoint(sitemapPart, '/sitemaps/people.xml', { name: 'people' }))).toEqual([200, null]);
  });
});
