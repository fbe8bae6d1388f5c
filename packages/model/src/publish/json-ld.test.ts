/**
 * @module
 * Tests for toJsonLd and toJsonLdScript.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../article.ts';
import { prepareArticle } from '../prepare-article.ts';
import { entityUrl, toJsonLd, toJsonLdScript } from './json-ld.ts';

const site = { name: 'The Harbour Gazette', url: 'https://news.example.org/', logo: '/logo.png' };
const input: ArticleInput = {
  headline: 'Night Ferry Returns to the Northern Islands',
  standfirst: 'The winter gap is over.',
  body: [{ type: 'paragraph', content: [{ type: 'text', text: 'The overnight ferry sailed again on Friday.' }] }],
  authors: [{ name: 'Maren Østby' }, { name: 'Tomás Reilly', url: 'https://tomas.example.net/' }],
  section: { name: 'Travel' },
  tags: [{ name: 'Ferries' }, { name: 'Islands' }],
  language: 'en-GB',
  dateline: 'KIRKWALL',
  leadImage: { src: '/img/ferry.jpg', alt: 'The ferry at the pier' },
  corrections: [{ date: '2026-05-09T08:00:00Z', text: 'The first sailing is at six.' }],
};
const article = prepareArticle(input, { id: 'a1b2c3d4e5', now: '2026-05-08T09:30:00Z' });

describe('toJsonLd', () => {
  it('describes the article as a schema.org NewsArticle', () => {
    expect(toJsonLd(article, site)).toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "articleSection": "Travel",
        "author": [
          {
            "@type": "Person",
            "name": "Maren Østby",
            "url": "https://news.example.org/authors/maren-ostby",
          },
          {
            "@type": "Person",
            "name": "Tomás Reilly",
            "url": "https://tomas.example.net/",
          },
        ],
        "correction": [
          {
            "@type": "CorrectionComment",
            "datePublished": "2026-05-09T08:00:00Z",
            "text": "The first sailing is at six.",
          },
        ],
        "dateModified": "2026-05-08T09:30:00.000Z",
        "datePublished": "2026-05-08T09:30:00.000Z",
        "dateline": "KIRKWALL",
        "description": "The winter gap is over.",
        "headline": "Night Ferry Returns to the Northern Islands",
        "image": [
          "https://news.example.org/img/ferry.jpg",
        ],
        "inLanguage": "en-GB",
        "keywords": [
          "Ferries",
          "Islands",
        ],
        "mainEntityOfPage": {
          "@id": "https://news.example.org/articles/night-ferry-returns-to-the-northern-islands",
          "@type": "WebPage",
        },
        "publisher": {
          "@type": "Organization",
          "logo": {
            "@type": "ImageObject",
            "url": "https://news.example.org/logo.png",
          },
          "name": "The Harbour Gazette",
          "url": "https://news.example.org",
        },
        "url": "https://news.example.org/articles/night-ferry-returns-to-the-northern-islands",
        "wordCount": 19,
      }
    `);
  });

  it('cuts long headlines to 110 characters at a word boundary', () => {
    const long = prepareArticle({ ...input, headline: 'Ferry '.repeat(40).trim() }, { id: 'x1', now: '2026-05-08T09:30:00Z' });
    const headline = toJsonLd(long, site)['headline'] as string;
    expect(headline.length).toBeLessThanOrEqual(110);
    expect(headline).toMatch(/^Ferry( Ferry)+…$/);
  });

  it('credits the publication, leaves out missing fields and falls back to the excerpt', () => {
    const bare = prepareArticle(
      { headline: 'Short Note', body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Only text.' }] }], status: 'draft' },
      { id: 'x2', now: '2026-05-08T09:30:00Z' },
    );
    const ld = toJsonLd(bare, { name: 'Gazette', url: 'https://news.example.org' });
    expect(ld['author']).toEqual([{ '@type': 'Organization', name: 'Gazette', url: 'https://news.example.org' }]);
    expect(ld['description']).toBe('Only text.');
    for (const key of ['image', 'datePublished', 'articleSection', 'keywords', 'dateline', 'correction', 'about', 'mentions'])
      expect(ld).not.toHaveProperty(key);
  });

  it('uses the first body image when there is no lead image', () => {
    const withBodyImage = prepareArticle(
      {
        headline: 'Pictures',
        body: [
          { type: 'paragraph', content: [{ type: 'text', text: 'See below.' }] },
          { type: 'image', src: 'https://cdn.example.org/pier.jpg', alt: 'The pier' },
        ],
      },
      { id: 'x3', now: '2026-05-08T09:30:00Z' },
    );
    expect(toJsonLd(withBodyImage, site)['image']).toEqual(['https://cdn.example.org/pier.jpg']);
  });

  it('gives a stored picture as its 1200×630 sharing crop and its widest rendition, on the site', () => {
    const id = 'c'.repeat(64);
    const withMedia = prepareArticle(
      {
        headline: 'Pictures',
        body: [{ type: 'paragraph', content: [{ type: 'text', text: 'See above.' }] }],
        leadImage: { src: `/media/${id}/2000.jpg`, alt: 'The pier', media: { id, width: 4000, height: 3000 } },
      },
      { id: 'x4', now: '2026-05-08T09:30:00Z' },
    );
    expect(toJsonLd(withMedia, site)['image']).toEqual([
      `https://news.example.org/media/${id}/share.jpg`,
      `https://news.example.org/media/${id}/2000.jpg`,
    ]);
  });

  it('says what the article is about (the three most mentioned) and what else it mentions, linking their pages', () => {
    const mention = (type: 'person' | 'place' | 'organization', name: string, slug: string, count: number) => ({
      entity: { type, name, slug },
      count,
      firstPosition: { block: 0, offset: 0 },
    });
    const named = prepareArticle(
      {
        ...input,
        mentions: [
          mention('place', 'Kirkwall', 'kirkwall', 2),
          mention('person', 'Maren Østby', 'maren-ostby', 5),
          mention('organization', 'NorthLink Ferries', 'northlink-ferries', 3),
          mention('place', 'Orkney', 'orkney', 2),
          mention('person', 'Ola Berg', 'ola-berg', 1),
        ],
      },
      { id: 'x4', now: '2026-05-08T09:30:00Z' },
    );
    const ld = toJsonLd(named, site);
    expect(ld['about']).toEqual([
      { '@type': 'Person', name: 'Maren Østby', url: 'https://news.example.org/people/maren-ostby' },
      { '@type': 'Organization', name: 'NorthLink Ferries', url: 'https://news.example.org/organizations/northlink-ferries' },
      { '@type': 'Place', name: 'Kirkwall', url: 'https://news.example.org/places/kirkwall' },
    ]);
    expect(ld['mentions']).toEqual([
      { '@type': 'Place', name: 'Orkney', url: 'https://news.example.org/places/orkney' },
      { '@type': 'Person', name: 'Ola Berg', url: 'https://news.example.org/people/ola-berg' },
    ]);
  });
});

describe('entityUrl', () => {
  it('puts people, places and organisations in folders of their own', () => {
    const gazette = { name: 'Gazette', url: 'https://news.example.org/' };
    expect(entityUrl(gazette, { type: 'person', slug: 'xi-jinping' })).toBe('https://news.example.org/people/xi-jinping');
    expect(entityUrl(gazette, { type: 'place', slug: 'moscow' })).toBe('https://news.example.org/places/moscow');
    expect(entityUrl(gazette, { type: 'organization', slug: 'tass' })).toBe('https://news.example.org/organizations/tass');
  });
});

describe('toJsonLdScript', () => {
  it('cannot close or comment out the script element, and stays valid JSON', () => {
    const data = { headline: '</script><script>alert(1)</script><!-- & more \u2028' };
    const text = toJsonLdScript(data);
    expect(text).toMatchInlineSnapshot(
      `"{"headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026 more \\u2028"}"`,
    );
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
    expect(toJsonLdScript(['\u2029', '<>'])).toBe('["\\u2029","\\u003c\\u003e"]');
  });
});
