/**
 * @module
 * What the article page tells search engines and social networks: language, canonical address,
 * Open Graph and Twitter card tags, NewsArticle and BreadcrumbList structured data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article } from '../../test/fixtures.ts';
import { dom, renderPage, text } from '../../test/render.ts';
import { startStubApi, type StubApi } from '../../test/stub-api.ts';
import ArticlePage from './[slug].astro';

let stub: StubApi;
const edited = { ...article, slug: 'harbour-lights-edited', updatedAt: '2026-05-10T08:00:00Z' };
// No picture at all: a picture in the body would be shared as its image too.
const plain = {
  ...article,
  slug: 'luzes-do-porto',
  language: 'pt-BR',
  leadImage: undefined,
  body: article.body.filter((b) => b.type !== 'image'),
  section: undefined,
  tags: [],
};

beforeAll(async () => {
  stub = await startStubApi({ articles: [article, edited, plain] });
  process.env.API_URL = stub.url;
  process.env.SITE_URL = 'https://news.example.org';
});

afterAll(async () => {
  await stub.close();
  delete process.env.API_URL;
  delete process.env.SITE_URL;
});

async function page(slug: string): Promise<Document> {
  const response = await renderPage(ArticlePage, { params: { slug }, request: new Request(`http://localhost:4321/articles/${slug}`) });
  return dom(await response.text());
}

function meta(doc: Document, key: string): string[] {
  return [...doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute('content') ?? '');
}

describe('the metadata of an article page', () => {
  let doc: Document;

  beforeAll(async () => {
    doc = await page(article.slug);
  });

  it('describes the article for sharing: Open Graph with an absolute image, and a large Twitter card', () => {
    const url = 'https://news.example.org/articles/harbour-lights-return';
    expect(meta(doc, 'og:type')).toEqual(['article']);
    expect(meta(doc, 'og:title')).toEqual([article.headline]);
    expect(meta(doc, 'og:description')).toEqual([article.standfirst]);
    expect(meta(doc, 'og:url')).toEqual([url]);
    expect(meta(doc, 'og:site_name')).toEqual(['Dateline']);
    expect(meta(doc, 'og:image')).toEqual(['https://news.example.org/samples/harbour.jpg']);
    expect(meta(doc, 'og:image:alt')).toEqual([article.leadImage?.alt]);
    expect(meta(doc, 'twitter:card')).toEqual(['summary_large_image']);
  });

  it('gives the times, section and tags, with the publication time as the last change of an unedited story', () => {
    expect(meta(doc, 'article:published_time')).toEqual([article.publishedAt]);
    expect(meta(doc, 'article:modified_time')).toEqual([article.publishedAt]);
    expect(meta(doc, 'article:section')).toEqual(['Local']);
    expect(meta(doc, 'article:tag')).toEqual(['Harbour', 'Volunteers']);
  });

  it('places the article in the site as Home › Section › Article', () => {
    const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '{}'));
    expect(scripts.map((s) => s['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
    expect(scripts[1].itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://news.example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Local', item: 'https://news.example.org/sections/local' },
      { '@type': 'ListItem', position: 3, name: article.headline, item: 'https://news.example.org/articles/harbour-lights-return' },
    ]);
  });
});

describe('an edited article', () => {
  it('shows "Updated" and gives the edit as its modified time', async () => {
    const doc = await page(edited.slug);
    expect(text(doc.querySelector('header .meta'))).toContain('Updated 10 May 2026 at 08:00 UTC');
    expect(doc.querySelectorAll('header .meta time')[1]?.getAttribute('datetime')).toBe(edited.updatedAt);
    expect(meta(doc, 'article:modified_time')).toEqual([edited.updatedAt]);
  });
});

describe('an article in another language, without image, section or tags', () => {
  it('declares its language on the page and falls back to a small card', async () => {
    const doc = await page(plain.slug);
    expect(doc.documentElement.getAttribute('lang')).toBe('pt-BR');
    expect(meta(doc, 'og:image')).toEqual([]);
    expect(meta(doc, 'twitter:card')).toEqual(['summary']);
    expect(meta(doc, 'article:tag')).toEqual([]);
    const crumbs = JSON.parse(doc.querySelectorAll('script[type="application/ld+json"]')[1]?.textContent ?? '{}');
    expect(crumbs.itemListElement.map((c: { name: string }) => c.name)).toEqual(['Home', plain.headline]);
  });
});
