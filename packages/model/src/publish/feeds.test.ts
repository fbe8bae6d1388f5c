/**
 * @module
 * Tests of toRss and toAtom: every feed is checked for well-formed XML with a strict parser
 * (xmldom), then read back with a real feed parser (feedsmith), as a feed reader would.
 */
import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fullArticle, shortArticle, SITE } from '../testing/feed-articles.ts';
import { wellFormedXml as wellFormed } from '../testing/well-formed.ts';
import { toAtom } from './atom.ts';
import { renderBlocksHtml } from './render-blocks.ts';
import { toRss } from './rss.ts';

const NOW = new Date('2026-05-08T12:00:00Z');
const full = fullArticle();
const articles = [shortArticle(1, NOW), full, shortArticle(5, NOW, { language: 'de', authors: [] })];
const fullUrl = 'https://news.example.org/articles/harbour-lights-return';

function html(text: string | undefined) {
  return parseHTML(`<!doctype html><html><body>${text ?? ''}</body></html>`).document;
}

describe('toRss', () => {
  const feed = parseRssFeed(wellFormed(toRss(SITE, articles, { selfUrl: 'https://news.example.org/rss.xml' })));

  it('describes the channel, with its own address as atom:link rel=self', () => {
    expect(feed).toMatchObject({
      title: 'The Harbour Gazette',
      link: 'https://news.example.org/',
      description: 'News from the harbour & the islands.',
      language: 'en',
      generator: 'Dateline',
      lastBuildDate: 'Fri, 08 May 2026 11:00:00 GMT',
    });
    expect(feed.atom?.links).toEqual([{ href: 'https://news.example.org/rss.xml', rel: 'self', type: 'application/rss+xml' }]);
  });

  it('lists the articles in the order given, each with link, permalink guid, date and summary', () => {
    expect(feed.items?.map((i) => i.title)).toEqual(['Ferry timetable, update 1', full.headline, 'Ferry timetable, update 5']);
    expect(feed.items?.[1]).toMatchObject({
      link: fullUrl,
      guid: { value: fullUrl, isPermaLink: true },
      pubDate: 'Fri, 08 May 2026 09:30:00 GMT',
      description: 'The old lamps were switched back on, "at last".',
      dc: { creators: ['Ana Lima', 'Tom Reed'] },
      categories: [{ name: 'Local' }, { name: 'Harbour' }, { name: 'Volunteers' }],
    });
  });

  it('names each category once, a tag named as the section included, and carries the lead image as media:content', () => {
    const twice = shortArticle(2, NOW, { section: { name: 'Harbour' }, tags: [{ name: 'harbour' }, { name: 'Ferries' }] });
    const xml = wellFormed(toRss(SITE, [twice, full], { selfUrl: 'https://news.example.org/rss.xml' }));
    const items = parseRssFeed(xml).items!;
    expect(items[0]?.categories).toEqual([{ name: 'Harbour' }, { name: 'Ferries' }]);
    expect(items[1]?.media?.contents).toEqual([{ url: 'https://news.example.org/media/lamps.jpg', medium: 'image', type: 'image/jpeg' }]);
    expect(items[0]?.media).toBeUndefined();
  });

  it('carries the whole article in content:encoded: lead image, then the body, with absolute links', () => {
    const encoded = feed.items?.[1]?.content?.encoded;
    expect(encoded).toContain(renderBlocksHtml(full.body, { baseUrl: fullUrl }));
    const doc = html(encoded);
    expect(doc.querySelector('figure img')?.getAttribute('src')).toBe('https://news.example.org/media/lamps.jpg');
    expect([...doc.querySelectorAll('h2, h3, h4')].map((h) => h.textContent)).toEqual(['How it was done', 'Parts', 'Steps']);
    expect(doc.querySelector('a[href="https://news.example.org/articles/harbour-history"]')?.textContent).toBe('history');
  });

  it('keeps hostile text as text: the headline round-trips and the content has no script or javascript: link', () => {
    const item = feed.items?.[1];
    expect(item?.title).toBe('Harbour lights return </title><script>alert(1)</script> & more');
    const doc = html(item?.content?.encoded);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect([...doc.querySelectorAll('a')].some((a) => /javascript:/i.test(a.getAttribute('href') ?? ''))).toBe(false);
    expect(doc.body.textContent).toContain('click me');
  });

  it('feeds a section with its own title, page and address', () => {
    const section = parseRssFeed(
      toRss(SITE, [full], {
        selfUrl: 'https://news.example.org/sections/local/rss.xml',
        pageUrl: 'https://news.example.org/sections/local',
        title: 'Local | The Harbour Gazette',
        description: 'Local news.',
      }),
    );
    expect(section).toMatchObject({
      title: 'Local | The Harbour Gazette',
      link: 'https://news.example.org/sections/local',
      description: 'Local news.',
    });
    expect(section.atom?.links?.[0]?.href).toBe('https://news.example.org/sections/local/rss.xml');
  });

  it('stays valid with no articles, and drops characters XML forbids', () => {
    const empty = wellFormed(toRss(SITE, [], { selfUrl: 'https://news.example.org/rss.xml' }));
    expect(parseRssFeed(empty).items ?? []).toEqual([]);
    const bell = wellFormed(
      toRss(SITE, [shortArticle(1, NOW, { headline: 'Bell\u0007 rings\uFFFE' })], { selfUrl: 'https://news.example.org/rss.xml' }),
    );
    expect(parseRssFeed(bell).items?.[0]?.title).toBe('Bell rings');
  });
});

describe('toAtom', () => {
  const feed = parseAtomFeed(wellFormed(toAtom(SITE, articles, { selfUrl: 'https://news.example.org/atom.xml' })));

  it('links the lead image as an enclosure', () => {
    const entry = feed.entries?.find((e) => e.title?.value === full.headline);
    expect(entry?.links?.filter((l) => l.rel === 'enclosure')).toEqual([
      { href: 'https://news.example.org/media/lamps.jpg', rel: 'enclosure', type: 'image/jpeg' },
    ]);
  });

  it('identifies the feed by its page, updated when its latest article was, with self and alternate links', () => {
    expect(feed).toMatchObject({
      id: 'https://news.example.org/',
      title: { value: 'The Harbour Gazette', type: 'text' },
      updated: '2026-05-08T11:00:00.000Z',
      authors: [{ name: 'The Harbour Gazette', uri: 'https://news.example.org/' }],
    });
    expect(feed.links).toEqual([
      { href: 'https://news.example.org/', rel: 'alternate', type: 'text/html' },
      { href: 'https://news.example.org/atom.xml', rel: 'self', type: 'application/atom+xml' },
    ]);
  });

  it('gives each entry its address as id, times, authors with pages, categories, summary and HTML content', () => {
    const entry = feed.entries?.[1];
    expect(entry).toMatchObject({
      id: fullUrl,
      title: { value: full.headline, type: 'text' },
      published: '2026-05-08T09:30:00.000Z',
      updated: '2026-05-08T10:30:00.000Z',
      authors: [
        { name: 'Ana Lima', uri: 'https://news.example.org/authors/ana-lima' },
        { name: 'Tom Reed', uri: 'https://tom.example.net/' },
      ],
      categories: [
        { term: 'local', label: 'Local' },
        { term: 'harbour', label: 'Harbour' },
        { term: 'volunteers', label: 'Volunteers' },
      ],
      summary: { value: 'The old lamps were switched back on, "at last".', type: 'text' },
      content: { type: 'html' },
    });
    expect(entry?.content?.value).toContain(renderBlocksHtml(full.body, { baseUrl: fullUrl }));
  });

  it('marks an entry in another language, and leaves an unsigned one to the feed author', () => {
    const german = feed.entries?.[2];
    expect(german?.xml?.lang).toBe('de');
    expect(german?.authors).toBeUndefined();
    expect(feed.entries?.[0]?.xml?.lang).toBeUndefined();
  });

  it('gives an empty feed the update time it is told', () => {
    const empty = parseAtomFeed(wellFormed(toAtom(SITE, [], { selfUrl: 'https://news.example.org/atom.xml', emptyUpdated: NOW })));
    expect(empty.updated).toBe('2026-05-08T12:00:00.000Z');
    expect(empty.entries ?? []).toEqual([]);
  });
});
