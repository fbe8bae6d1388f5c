/**
 * @module
 * The section, tag and author pages, and the links that lead to them, rendered against the real
 * API (in-process, over a temporary SQLite store).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRealApi, type RealApi } from '../test/real-api.ts';
import { NEWSROOM, travelArchive } from '../test/newsroom.ts';
import { dom, renderPage, text } from '../test/render.ts';
import ArticlePage from './articles/[slug].astro';
import AuthorPage from './authors/[slug].astro';
import FrontPage from './index.astro';
import SectionPage from './sections/[slug].astro';
import TagPage from './tags/[slug].astro';

let api: RealApi;
beforeAll(async () => {
  api = await startRealApi([...NEWSROOM, ...travelArchive(21)]);
});
afterAll(async () => {
  await api.close();
});

type Page = typeof SectionPage;
async function open(page: Page, path: string) {
  const url = new URL(path, 'http://localhost:4321');
  const slug = url.pathname.split('/').at(-1) ?? '';
  const response = await renderPage(page, { params: { slug }, request: new Request(url) });
  return { response, doc: dom(await response.text()) };
}

const headlines = (doc: Document) => [...doc.querySelectorAll('main ol.cards h2 a')].map(text);

describe('a section page', () => {
  it('names the section and lists its public stories newest first, twenty to a page', async () => {
    const { response, doc } = await open(SectionPage, '/sections/travel');
    expect(response.status).toBe(200);
    expect(text(doc.querySelector('title'))).toBe('Travel | Dateline');
    expect(text(doc.querySelector('main h1'))).toBe('Travel');
    expect(text(doc.querySelector('main .topic .kicker'))).toBe('Section');
    expect(text(doc.querySelector('main .topic .meta'))).toBe('23 stories');
    const feeds = doc.querySelector('main .topic .topic-feeds');
    expect(text(feeds)).toBe('Follow with RSS, Atom or JSON Feed');
    expect([...(feeds?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '/sections/travel/rss.xml',
      '/sections/travel/atom.xml',
      '/sections/travel/feed.json',
    ]);
    const listed = headlines(doc);
    expect(listed.slice(0, 3)).toEqual(['Night ferry returns to the islands', 'A history of the old pier', 'Travel archive number 1']);
    expect(listed).toHaveLength(20);
    expect(listed).not.toContain('Tomorrow’s timetable');
  });

  it('pages to older stories with the cursor the API gave, and back', async () => {
    const first = await open(SectionPage, '/sections/travel');
    const older = first.doc.querySelector('nav.pager a[rel=next]')?.getAttribute('href') ?? '';
    expect(older).toMatch(/^\/sections\/travel\?cursor=/);
    const second = await open(SectionPage, older);
    expect(text(second.doc.querySelector('main h1'))).toBe('Travel: older stories');
    expect(headlines(second.doc)).toEqual(['Travel archive number 19', 'Travel archive number 20', 'Travel archive number 21']);
    expect(second.doc.querySelector('nav.pager a[rel=next]')).toBeNull();
    expect(second.doc.querySelector('nav.pager a[href="/sections/travel"]')).not.toBeNull();
    expect(second.doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`http://localhost:4321${older}`);
  });

  it('announces its own feeds besides the site-wide ones', async () => {
    const { doc } = await open(SectionPage, '/sections/business');
    const alternates = [...doc.querySelectorAll('head link[rel=alternate]')].map((l) => [
      l.getAttribute('type'),
      l.getAttribute('href'),
      l.getAttribute('title'),
    ]);
    expect(alternates).toEqual([
      ['application/rss+xml', '/rss.xml', 'Dateline (RSS)'],
      ['application/atom+xml', '/atom.xml', 'Dateline (Atom)'],
      ['application/feed+json', '/feed.json', 'Dateline (JSON Feed)'],
      ['application/rss+xml', '/sections/business/rss.xml', 'Business | Dateline (RSS)'],
      ['application/atom+xml', '/sections/business/atom.xml', 'Business | Dateline (Atom)'],
      ['application/feed+json', '/sections/business/feed.json', 'Business | Dateline (JSON Feed)'],
    ]);
  });

  it('answers 404 for an unknown section, one only drafts use, and a forged cursor', async () => {
    for (const path of ['/sections/sport', '/sections/deals', '/sections/Not%20a%20slug', '/sections/travel?cursor=forged']) {
      expect([path, (await open(SectionPage, path)).response.status]).toEqual([path, 404]);
    }
  });
});

describe('a tag page', () => {
  it('lists the stories with the tag', async () => {
    const { response, doc } = await open(TagPage, '/tags/ferries');
    expect(response.status).toBe(200);
    expect([text(doc.querySelector('main .topic .kicker')), text(doc.querySelector('main h1'))]).toEqual(['Topic', 'Ferries']);
    expect(headlines(doc)).toEqual(['Night ferry returns to the islands', 'A history of the old pier']);
    expect((await open(TagPage, '/tags/merger')).response.status).toBe(404);
  });
});

describe('an author page', () => {
  it('shows the bio and website, and lists the author’s stories', async () => {
    const { response, doc } = await open(AuthorPage, '/authors/ana-lima');
    expect(response.status).toBe(200);
    expect(text(doc.querySelector('main h1'))).toBe('Ana Lima');
    expect(text(doc.querySelector('main .topic .standfirst'))).toBe('Ana covers the islands and their ferries.');
    expect(doc.querySelector('meta[name=description]')?.getAttribute('content')).toBe('Ana covers the islands and their ferries.');
    expect(doc.querySelector('main .topic a[rel~=me]')?.getAttribute('href')).toBe('https://ana.example.net/');
    expect(headlines(doc)).toEqual(['Night ferry returns to the islands', 'A history of the old pier']);
  });

  it('answers 404 for an author of drafts only', async () => {
    expect((await open(AuthorPage, '/authors/ghost-writer')).response.status).toBe(404);
  });
});

describe('links to the topic pages', () => {
  it('from the article page: section, every author and every tag', async () => {
    const { doc } = await open(ArticlePage, '/articles/a-history-of-the-old-pier');
    expect(doc.querySelector('header .kicker a')?.getAttribute('href')).toBe('/sections/travel');
    expect([...doc.querySelectorAll('header .byline a')].map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Ana Lima', '/authors/ana-lima'],
      ['Tom Reed', '/authors/tom-reed'],
    ]);
    expect(text(doc.querySelector('header .byline'))).toBe('By Ana Lima and Tom Reed');
    expect([...doc.querySelectorAll('.tags a')].map((a) => a.getAttribute('href'))).toEqual(['/tags/ferries']);
  });

  it('from the cards of the front page: section and authors', async () => {
    const response = await renderPage(FrontPage, { request: new Request('http://localhost:4321/') });
    const lead = dom(await response.text()).querySelector('main article.card--lead');
    expect(lead?.querySelector('.kicker a')?.getAttribute('href')).toBe('/sections/travel');
    expect(lead?.querySelector('.byline a')?.getAttribute('href')).toBe('/authors/ana-lima');
  });
});
