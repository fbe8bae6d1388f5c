/**
 * @module
 * Tests for reading an article's metadata from a page: headline, authors, date, lead image,
 * canonical address and language.
 */
import { describe, expect, it } from 'vitest';
import { splitByline } from './html-byline.ts';
import { dateTimestamp, firstTimestamp, isoTimestamp } from './html-date.ts';
import { decodeEntities, htmlDocument } from './html-dom.ts';
import { cleanHeadline, isTitleSegment } from './html-headline.ts';
import { jsonLdArticle } from './html-json-ld.ts';
import { htmlMetadata } from './html-metadata.ts';

const page = (head: string, body = '') => htmlDocument(`<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`);

describe('cleanHeadline', () => {
  it('removes the site name, by name or as a short tail or head', () => {
    expect(cleanHeadline('River path reopens | The Daily Gazette', 'The Daily Gazette')).toBe('River path reopens');
    expect(cleanHeadline('River path reopens after two years - Gazette')).toBe('River path reopens after two years');
    expect(cleanHeadline('Gazette | River path reopens after two years')).toBe('River path reopens after two years');
    expect(cleanHeadline('Mozilla - Wikipedia', 'Wikipedia')).toBe('Mozilla');
  });

  it('removes a permalink mark and a short bracketed tag after the headline', () => {
    expect(cleanHeadline('Evolve: Shared Mutable History¶')).toBe('Evolve: Shared Mutable History');
    expect(cleanHeadline('Chapter 1 - A Story | Fandom | Other Fandom [Archive of Our Own]')).toBe('Chapter 1 - A Story | Fandom');
    expect(cleanHeadline('Vote on [redacted] report delayed')).toBe('Vote on [redacted] report delayed');
  });

  it('keeps colons, hyphens in words and dashes that belong to the headline', () => {
    expect(cleanHeadline('Covid-19: what we know')).toBe('Covid-19: what we know');
    expect(cleanHeadline('Rain - or shine')).toBe('Rain - or shine');
  });

  it('isTitleSegment accepts the title minus a site name, from either end', () => {
    expect(isTitleSegment('River path reopens', 'River path reopens | Gazette')).toBe(true);
    expect(isTitleSegment('Gazette', 'River path reopens | Gazette')).toBe(true);
    expect(isTitleSegment('News', 'River path reopens | Gazette')).toBe(false);
  });
});

describe('splitByline', () => {
  it('drops "By", splits names and leaves out roles, outlets and dates', () => {
    expect(splitByline('By Ann Lee and Tom Roe | Reuters')).toEqual(['Ann Lee', 'Tom Roe']);
    expect(splitByline('Ann Lee, Staff Writer')).toEqual(['Ann Lee']);
    expect(splitByline('por Ana Lima, Rui Costa e Eva Sá')).toEqual(['Ana Lima', 'Rui Costa', 'Eva Sá']);
    expect(splitByline('By ANN LEE\n  March 11, 2015 3:46 PM')).toEqual(['Ann Lee']);
    expect(splitByline('https://www.facebook.com/annlee')).toEqual([]);
  });
});

describe('isoTimestamp', () => {
  it('keeps date-times with an offset, normalising the offset', () => {
    expect(isoTimestamp('2019-11-20T09:30:00Z')).toBe('2019-11-20T09:30:00Z');
    expect(isoTimestamp('2019-11-20T09:30:00+0100')).toBe('2019-11-20T09:30:00+01:00');
    expect(isoTimestamp('2019-11-20 09:30-05')).toBe('2019-11-20T09:30:00-05:00');
    expect(isoTimestamp('2024-04-20T04:20:00.000Z')).toBe('2024-04-20T04:20:00.000Z');
  });

  it('rejects bare dates, local times and impossible dates', () => {
    expect(isoTimestamp('2019-11-20')).toBeUndefined();
    expect(isoTimestamp('2019-11-20T09:30:00')).toBeUndefined();
    expect(isoTimestamp('2019-02-30T09:30:00Z')).toBeUndefined();
    expect(isoTimestamp('Nov 20, 2019')).toBeUndefined();
  });
});

describe('jsonLdArticle', () => {
  it('finds the article inside @graph and skips broken scripts', () => {
    const doc = page(
      '<script type="application/ld+json">{ broken</script>' +
        '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Gazette"},{"@type":"NewsArticle","headline":"Path reopens","datePublished":"2019-11-20T09:30:00Z","author":[{"@type":"Person","name":"Ann Lee"}],"image":{"url":"https://gazette.example/a.jpg"}}]}</script>',
    );
    expect(jsonLdArticle(doc)).toEqual({
      headline: 'Path reopens',
      authors: ['Ann Lee'],
      datePublished: '2019-11-20T09:30:00Z',
      image: 'https://gazette.example/a.jpg',
    });
  });
});

describe('htmlMetadata', () => {
  const base = 'https://gazette.example/news/river-path';

  it('reads og:title, authors, the publication time, lead image, canonical URL and language', () => {
    const doc = page(
      '<title>River path reopens | Gazette</title><meta property="og:title" content="River path reopens after repairs | Gazette">' +
        '<meta property="og:site_name" content="Gazette"><meta name="author" content="Ann Lee">' +
        '<meta property="article:published_time" content="2019-11-20T09:30:00+00:00"><meta property="og:image" content="/img/lead.jpg">' +
        '<meta name="description" content="Two years of repairs are over."><link rel="canonical" href="/news/river-path">',
    );
    expect(htmlMetadata(doc, base)).toEqual({
      headline: 'River path reopens after repairs',
      authors: ['Ann Lee'],
      publishedAt: '2019-11-20T09:30:00+00:00',
      leadImage: { src: 'https://gazette.example/img/lead.jpg', alt: '' },
      canonicalUrl: 'https://gazette.example/news/river-path',
      language: 'en-GB',
      description: 'Two years of repairs are over.',
      siteName: 'Gazette',
    });
  });

  it('does not credit the publisher as an author', () => {
    const doc = page(
      '<meta property="og:site_name" content="The Gazette"><script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Ann Lee"},{"@type":"Organization","name":"The Gazette"}]}</script>',
    );
    expect(htmlMetadata(doc, base).authors).toEqual(['Ann Lee']);
  });

  it('prefers the h1 the title agrees with over the title with its site name', () => {
    const doc = page('<title>River path reopens - Gazette</title>', '<h1>Gazette</h1><h1>River path reopens</h1>');
    expect(htmlMetadata(doc, base).headline).toBe('River path reopens');
  });

  it('uses the cleaned title when no h1 agrees with it', () => {
    const doc = page('<title>River path reopens after two years | Gazette</title>', '<h1>Local news</h1>');
    expect(htmlMetadata(doc, base).headline).toBe('River path reopens after two years');
  });

  it('falls back to JSON-LD and <time datetime> for the date, and skips dates without an offset', () => {
    const doc = page(
      '<meta property="article:published_time" content="2019-11-20">',
      '<time datetime="2019-11-21T08:00:00-05:00">Thursday</time>',
    );
    expect(htmlMetadata(doc, base).publishedAt).toBe('2019-11-21T08:00:00-05:00');
  });

  it('normalises language tags and ignores invalid ones', () => {
    expect(htmlMetadata(htmlDocument('<html lang="pt_BR"><body><p>x</p></body></html>'), base).language).toBe('pt-BR');
    expect(htmlMetadata(htmlDocument('<html lang="not a tag"><body><p>x</p></body></html>'), base).language).toBeUndefined();
  });
});

describe('dates without a time zone', () => {
  it('reads a bare date as noon UTC and a local time as UTC, preferring any full timestamp', () => {
    expect(dateTimestamp('2024-06-25')).toBe('2024-06-25T12:00:00Z');
    expect(dateTimestamp('2015-04-30T07:19:58')).toBe('2015-04-30T07:19:58Z');
    expect(dateTimestamp('2017-11-03 03:01:00.000000')).toBe('2017-11-03T03:01:00Z');
    expect(dateTimestamp('2019-02-30')).toBeUndefined();
    expect(firstTimestamp(['2019-11-20', '2019-11-21T09:30:00Z'])).toBe('2019-11-21T09:30:00Z');
  });

  it('dates a page whose metadata gives only the day', () => {
    const doc = htmlDocument('<html><head><meta name="date" content="2024-06-25"><title>T</title></head><body><p>x</p></body></html>');
    expect(htmlMetadata(doc, undefined).publishedAt).toBe('2024-06-25T12:00:00Z');
  });
});

describe('character references in metadata', () => {
  it('decodes them once, never twice', () => {
    expect(decodeEntities('Mugabe&#039;s &quot;Blue House&quot; &mdash; Harare')).toBe('Mugabe\'s "Blue House" — Harare');
    expect(decodeEntities('&amp;lt;b&amp;gt; stays escaped text')).toBe('&lt;b&gt; stays escaped text');
    expect(decodeEntities('<b>not a tag</b> &amp; more')).toBe('<b>not a tag</b> & more');
    expect(decodeEntities('Fish & chips')).toBe('Fish & chips');
  });

  it('shows a twice-escaped description and JSON-LD headline as their sources meant', () => {
    const doc = page(
      '<meta name="description" content="Held at the &amp;quot;Blue House&amp;quot; compound.">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Lynn: &#8220;We needed to win&#8221;","author":{"name":"Ann Lee"}}</script>',
    );
    expect(htmlMetadata(doc, undefined)).toMatchObject({
      description: 'Held at the "Blue House" compound.',
      headline: 'Lynn: “We needed to win”',
    });
  });
});
