/**
 * @module
 * The sitemaps as the site serves them (the sitemap, the index and each of its parts, the news
 * sitemap), validated by xmllint against the sitemaps.org protocol and Google's News extension,
 * written as XML Schemas in ../test/schemas. Skipped, saying why, only where xmllint is missing.
 */
import type { APIContext, APIRoute } from 'astro';
import { toSitemap } from '@dateline/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitemapResponse } from '../lib/sitemap-endpoint.ts';
import { NAMED_STORIES } from '../test/entity-stories.ts';
import { startRealApi, type RealApi } from '../test/real-api.ts';
import { schemaErrors, xmllintMissing } from '../test/xmllint.ts';
import * as newsSitemap from './news-sitemap.xml.ts';
import * as sitemap from './sitemap.xml.ts';
import * as sitemapPart from './sitemaps/[name].xml.ts';

const ORIGIN = 'https://news.example.org';

async function call(endpoint: { GET: APIRoute }, path: string, params: Record<string, string> = {}): Promise<string> {
  const url = new URL(path, 'http://localhost:4321');
  const response = await endpoint.GET({ url, params, request: new Request(url) } as unknown as APIContext);
  expect(response.status, path).toBe(200);
  return response.text();
}

if (xmllintMissing) console.warn(`The sitemap schema tests are skipped: ${xmllintMissing}`);

describe.skipIf(xmllintMissing !== null)('the sitemaps against their schemas (xmllint)', () => {
  let api: RealApi;
  beforeAll(async () => {
    api = await startRealApi(NAMED_STORIES);
    process.env.SITE_URL = ORIGIN;
  });
  afterAll(async () => {
    delete process.env.SITE_URL;
    await api.close();
  });

  it('/sitemap.xml, listing every page, is valid', async () => {
    const body = await call(sitemap, '/sitemap.xml');
    expect(body).toContain('<urlset');
    expect(schemaErrors(body)).toEqual([]);
  });

  it('the sitemap index and every sitemap it lists are valid', async () => {
    const index = await (await sitemapResponse(new URL('http://localhost:4321/sitemap.xml'), 0)).text();
    expect(index).toContain('<sitemapindex');
    expect(schemaErrors(index)).toEqual([]);
    const names = [...index.matchAll(/<loc>[^<]*\/sitemaps\/([^<]+)\.xml<\/loc>/g)].map((m) => m[1]!);
    expect(names).toEqual(expect.arrayContaining(['pages', 'people', 'places', 'organizations']));
    expect(names.some((name) => name.startsWith('articles-'))).toBe(true);
    for (const name of names) expect(schemaErrors(await call(sitemapPart, `/sitemaps/${name}.xml`, { name })), name).toEqual([]);
  });

  it('/news-sitemap.xml is valid with its News entries', async () => {
    const body = await call(newsSitemap, '/news-sitemap.xml');
    expect(body).toContain('<news:news>');
    expect(schemaErrors(body)).toEqual([]);
  });

  it('an empty sitemap (a kind of page the site has none of yet) is valid', () => {
    expect(schemaErrors(toSitemap([]))).toEqual([]);
  });
});

describe.skipIf(xmllintMissing !== null)('the sitemap schemas refuse', () => {
  const urlset = (entry: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>${entry}</url></urlset>\n`;
  const news = (publication: string, rest: string) =>
    `<loc>${ORIGIN}/articles/a</loc><news:news><news:publication>${publication}</news:publication>${rest}</news:news>`;

  it.each([
    ['a relative address', '<loc>/articles/a</loc>', 'loc'],
    ['a date that is not W3C Datetime', `<loc>${ORIGIN}/</loc><lastmod>8 May 2026</lastmod>`, 'lastmod'],
    ['a time without a time zone', `<loc>${ORIGIN}/</loc><lastmod>2026-05-08T09:30:00</lastmod>`, 'lastmod'],
    ['a priority above 1', `<loc>${ORIGIN}/</loc><priority>1.5</priority>`, 'priority'],
    [
      'a news entry without its title',
      news('<news:name>Dateline</news:name><news:language>en</news:language>', '<news:publication_date>2026-05-08</news:publication_date>'),
      'news',
    ],
    [
      'a news language that is not a code',
      news(
        '<news:name>Dateline</news:name><news:language>English</news:language>',
        '<news:publication_date>2026-05-08</news:publication_date><news:title>A</news:title>',
      ),
      'language',
    ],
  ])('%s', (_, entry, element) => {
    const errors = schemaErrors(urlset(entry));
    expect(errors.join('\n')).toMatch(new RegExp(`element ${element}\\b`));
  });
});
