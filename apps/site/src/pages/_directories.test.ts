/**
 * @module
 * The directory pages (/sections, /tags, /authors…), the sections menu in the header and the
 * breadcrumbs, rendered against the real API (in-process, over a temporary SQLite store).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Directory from '../components/Directory.astro';
import { loadDirectoryPage } from '../lib/directory.ts';
import { NEWSROOM, travelArchive } from '../test/newsroom.ts';
import { startRealApi, type RealApi } from '../test/real-api.ts';
import { dom, render, renderPage, text } from '../test/render.ts';
import AuthorsIndex from './authors/index.astro';
import PeopleIndex from './people/index.astro';
import SectionPage from './sections/[slug].astro';
import SectionsIndex from './sections/index.astro';
import TagsIndex from './tags/index.astro';

let api: RealApi;
beforeAll(async () => {
  api = await startRealApi([...NEWSROOM, ...travelArchive(3)]);
});
afterAll(async () => {
  await api.close();
});

type Page = typeof SectionsIndex;
async function open(page: Page, path: string, params: Record<string, string> = {}) {
  const response = await renderPage(page, { params, request: new Request(new URL(path, 'http://localhost:4321')) });
  return { response, doc: dom(await response.text()) };
}

const entries = (doc: Document) =>
  [...doc.querySelectorAll('main ol.directory li')].map((li) => [
    li.querySelector('a')?.getAttribute('href'),
    text(li.querySelector('.count')),
  ]);

describe('the directory pages', () => {
  it('list the sections with public stories by name, each with its count, drafts and scheduled stories left out', async () => {
    const { response, doc } = await open(SectionsIndex, '/sections');
    expect(response.status).toBe(200);
    expect(text(doc.querySelector('title'))).toBe('Sections | Dateline');
    expect(text(doc.querySelector('main h1'))).toBe('Sections');
    expect(text(doc.querySelector('main > .meta'))).toBe('2 entries');
    expect(entries(doc)).toEqual([
      ['/sections/business', '1 story'],
      ['/sections/travel', '5 stories'],
    ]);
  });

  it('list tags most used first and authors by name', async () => {
    const tags = await open(TagsIndex, '/tags');
    expect(entries(tags.doc)[0]).toEqual(['/tags/ferries', '2 stories']);
    const authors = await open(AuthorsIndex, '/authors');
    expect(entries(authors.doc).map(([href]) => href)).toEqual(['/authors/ana-lima', '/authors/tom-reed']);
  });

  it('say so when a directory is empty, and answer 404 to a cursor the API never gave', async () => {
    const people = await open(PeopleIndex, '/people');
    expect(people.response.status).toBe(200);
    expect(text(people.doc.querySelector('main > .meta'))).toBe('0 entries');
    const bad = await open(SectionsIndex, '/sections?cursor=nonsense');
    expect(bad.response.status).toBe(404);
  });

  it('page through a long directory with the cursors the API gives, ending where it ends', async () => {
    const seen: string[] = [];
    let url = new URL('http://localhost:4321/tags');
    for (let pages = 0; pages < 10; pages += 1) {
      const data = await loadDirectoryPage('tags', url, 2);
      if (!data) throw new Error(`no page at ${url}`);
      expect(data.total).toBe(3);
      seen.push(...data.items.map((t) => t.slug));
      const doc = dom(await render(Directory, { props: { data }, request: new Request(url) }));
      const next = doc.querySelector('nav.pager a[rel=next]')?.getAttribute('href');
      expect(text(doc.querySelector('nav.pager'))).toContain(data.cursor ? 'First topics' : 'More topics');
      if (!next) break;
      url = new URL(next, url);
    }
    expect(seen.toSorted()).toEqual(['ferries', 'harbour', 'islands']);
  });
});

describe('the header and breadcrumbs', () => {
  it('names the sections in the header, most stories first, marking the current one, with a way to all of them', async () => {
    const { doc } = await open(SectionPage as Page, '/sections/travel', { slug: 'travel' });
    const row = [...doc.querySelectorAll('header nav.site-nav .site-nav__row a')];
    expect(row.map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Travel', '/sections/travel'],
      ['Business', '/sections/business'],
      ['All sections', '/sections'],
    ]);
    expect(row[0]?.getAttribute('aria-current')).toBe('page');
    expect(doc.querySelectorAll('header details.site-nav__menu a')).toHaveLength(3);
  });

  it('leads from a section page up through its directory', async () => {
    const { doc } = await open(SectionPage as Page, '/sections/travel', { slug: 'travel' });
    const crumbs = doc.querySelector('main nav.breadcrumbs');
    expect([...(crumbs?.querySelectorAll('li') ?? [])].map(text)).toEqual(['Home', 'Sections', 'Travel']);
    expect([...(crumbs?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual(['/', '/sections']);
    expect(crumbs?.querySelector('[aria-current=page]')?.textContent).toBe('Travel');
  });
});
