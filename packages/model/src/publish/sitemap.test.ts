/**
 * @module
 * Tests of toSitemap, toSitemapIndex and toNewsSitemap: well-formed XML (checked by a strict
 * parser) with the elements the protocols require, read back with an XML parser; the news
 * sitemap's two-day window on a fixed clock.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { shortArticle, SITE } from '../testing/feed-articles.ts';
import { wellFormedXml } from '../testing/well-formed.ts';
import { newsLanguage, toNewsSitemap } from './news-sitemap.ts';
import { SITEMAP_MAX_URLS, toSitemap, toSitemapIndex } from './sitemap.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'sitemap'].includes(name) });

function read(xml: string) {
  wellFormedXml(xml);
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  return parser.parse(xml);
}

describe('the well-formedness check', () => {
  it('rejects broken XML, so the checks below can fail', () => {
    expect(() => wellFormedXml('<urlset><url></urlset>')).toThrow();
    expect(() => wellFormedXml('<urlset><news:title>x</news:title></urlset>')).toThrow();
    expect(() => wellFormedXml('<a>fish & chips</a>')).toThrow();
  });
});

describe('toSitemap', () => {
  it('lists each page with its address and last change, in the sitemap namespace', () => {
    const doc = read(
      toSitemap([
        { loc: 'https://news.example.org/', lastmod: '2026-05-08T10:30:00+01:00' },
        { loc: 'https://news.example.org/search?q=fish&chips' },
      ]),
    );
    expect(doc.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset.url).toEqual([
      { loc: 'https://news.example.org/', lastmod: '2026-05-08T09:30:00.000Z' },
      { loc: 'https://news.example.org/search?q=fish&chips' },
    ]);
  });

  it('refuses more than 50,000 URLs and any address that is not absolute http(s)', () => {
    const many = Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, i) => ({ loc: `https://news.example.org/articles/a-${i}` }));
    expect(() => toSitemap(many)).toThrow(RangeError);
    expect(() => toSitemap(many.slice(1))).not.toThrow();
    expect(() => toSitemap([{ loc: '/articles/relative' }])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: A sitemap URL must be absolute http(s): /articles/relative]`,
    );
    expect(() => toSitemap([{ loc: 'javascript:alert(1)' }])).toThrow(TypeError);
  });
});

describe('toSitemapIndex', () => {
  it('points at each sitemap', () => {
    const doc = read(
      toSitemapIndex([
        { loc: 'https://news.example.org/sitemaps/2026-05.xml', lastmod: '2026-05-08T09:30:00Z' },
        { loc: 'https://news.example.org/sitemaps/pages.xml' },
      ]),
    );
    expect(doc.sitemapindex['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.sitemapindex.sitemap).toEqual([
      { loc: 'https://news.example.org/sitemaps/2026-05.xml', lastmod: '2026-05-08T09:30:00.000Z' },
      { loc: 'https://news.example.org/sitemaps/pages.xml' },
    ]);
  });
});

describe('toNewsSitemap', () => {
  const now = new Date('2026-05-08T12:00:00Z');
  const locs = (xml: string): string[] =>
    (read(xml).urlset.url ?? []).map((u: { loc: string }) => u.loc.replace('https://news.example.org/articles/', ''));

  it('gives each recent article its publication (name and language), publication date and title', () => {
    const doc = read(toNewsSitemap(SITE, [shortArticle(3, now, { headline: 'Fish & chips <tonight>', language: 'en-GB' })], now));
    expect(doc.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(doc.urlset.url).toEqual([
      {
        loc: 'https://news.example.org/articles/fish-chips-tonight',
        'news:news': {
          'news:publication': { 'news:name': 'The Harbour Gazette', 'news:language': 'en' },
          'news:publication_date': '2026-05-08T09:00:00.000Z',
          'news:title': 'Fish & chips <tonight>',
        },
      },
    ]);
  });

  it('keeps only articles published in the two days up to now, newest first', () => {
    const articles = [47, 49, 1, 48, -1, 72, 0].map((h) => shortArticle(h, now, { slug: h < 0 ? `in-${-h}h` : `${h}h-ago` }));
    expect(locs(toNewsSitemap(SITE, articles, now))).toEqual(['0h-ago', '1h-ago', '47h-ago', '48h-ago']);
    // The same articles a day later: the window has moved with the clock.
    const later = new Date(now.getTime() + 24 * 3_600_000);
    expect(locs(toNewsSitemap(SITE, articles, later))).toEqual(['in-1h', '0h-ago', '1h-ago']);
  });

  it('leaves out drafts and archived articles', () => {
    const articles = [shortArticle(1, now, { status: 'draft' }), shortArticle(2, now, { status: 'archived' }), shortArticle(3, now)];
    expect(locs(toNewsSitemap(SITE, articles, now))).toEqual(['ferry-timetable-update-3']);
  });

  it('is a valid, empty urlset when nothing is recent', () => {
    expect(read(toNewsSitemap(SITE, [shortArticle(100, now)], now)).urlset.url).toBeUndefined();
  });
});

describe('newsLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['pt-BR', 'pt'],
    ['zh-CN', 'zh-cn'],
    ['zh-Hans', 'zh-cn'],
    ['zh-TW', 'zh-tw'],
    ['zh-Hant-HK', 'zh-tw'],
  ])('writes %s as %s', (tag, expected) => {
    expect(newsLanguage(tag)).toBe(expected);
  });
});
