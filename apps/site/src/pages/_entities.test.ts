/**
 * @module
 * The pages of people, places and organisations, and what the article page says about the ones
 * it names, rendered against the real API (in-process, over a temporary SQLite store) with
 * stories the API enriches as they are imported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAMED_STORIES, FERRY_SLUG, LIBRARY_SLUG, STORM_SLUG } from '../test/entity-stories.ts';
import { startRealApi, type RealApi } from '../test/real-api.ts';
import { dom, renderPage, text } from '../test/render.ts';
import ArticlePage from './articles/[slug].astro';
import OrganizationPage from './organizations/[slug].astro';
import PersonPage from './people/[slug].astro';
import PlacePage from './places/[slug].astro';

let api: RealApi;
beforeAll(async () => {
  api = await startRealApi(NAMED_STORIES);
  process.env.SITE_URL = 'https://news.example.org';
});
afterAll(async () => {
  await api.close();
  delete process.env.SITE_URL;
});

type Page = typeof PersonPage;
async function open(page: Page, path: string) {
  const url = new URL(path, 'http://localhost:4321');
  const slug = url.pathname.split('/').at(-1) ?? '';
  const response = await renderPage(page, { params: { slug }, request: new Request(url) });
  return { response, doc: dom(await response.text()) };
}

const links = (nodes: Iterable<Element>) => [...nodes].map((a) => [text(a), a.getAttribute('href')]);

describe('a person’s page', () => {
  it('lists the stories naming them, newest first, and what they said, linking each quotation to its paragraph', async () => {
    const { response, doc } = await open(PersonPage, '/people/ines-calder');
    expect(response.status).toBe(200);
    expect(text(doc.querySelector('title'))).toBe('Ines Calder | Dateline');
    expect([
      text(doc.querySelector('main .kicker')),
      text(doc.querySelector('main h1')),
      text(doc.querySelector('main .topic .meta')),
    ]).toEqual(['Person', 'Ines Calder', '2 stories']);
    expect(links(doc.querySelectorAll('main ol.cards h3 a'))).toEqual([
      ['Harbour master warns of storm', `/articles/${STORM_SLUG}`],
      ['Night ferry returns to Kirkwall', `/articles/${FERRY_SLUG}`],
    ]);
    const said = [...doc.querySelectorAll('main .quotes li')].map((li) => [
      text(li.querySelector('blockquote')),
      li.querySelector('a')?.getAttribute('href'),
    ]);
    expect(said).toEqual([
      ['“Nobody should sail until Monday,”', `/articles/${STORM_SLUG}#p-1`],
      ['“We are delighted to have the ship back,”', `/articles/${FERRY_SLUG}#p-1`],
    ]);
  });

  it('is a 404 for a name no story has, a name of another kind, and a forged cursor', async () => {
    expect((await open(PersonPage, '/people/nobody-at-all')).response.status).toBe(404);
    expect((await open(PersonPage, '/people/kirkwall')).response.status).toBe(404);
    expect((await open(PersonPage, '/people/ines-calder?cursor=forged')).response.status).toBe(404);
    expect((await open(PersonPage, '/people/Not%20A%20Slug')).response.status).toBe(404);
  });
});

describe('place and organisation pages', () => {
  it('list the stories naming them', async () => {
    const kirkwall = await open(PlacePage, '/places/kirkwall');
    expect([text(kirkwall.doc.querySelector('main .kicker')), text(kirkwall.doc.querySelector('main .topic .meta'))]).toEqual([
      'Place',
      '2 stories',
    ]);
    expect(kirkwall.doc.querySelector('main .quotes')).toBeNull();
    const council = await open(OrganizationPage, '/organizations/orkney-islands-council');
    expect(text(council.doc.querySelector('main .kicker'))).toBe('Organisation');
    expect(links(council.doc.querySelectorAll('main ol.cards h3 a'))).toEqual([
      ['Night ferry returns to Kirkwall', `/articles/${FERRY_SLUG}`],
    ]);
    expect(council.doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
      'https://news.example.org/organizations/orkney-islands-council',
    );
  });
});

describe('the article page', () => {
  it('links the people, places and organisations in the story, most named first, and gives paragraphs ids to link to', async () => {
    const { doc } = await open(ArticlePage, `/articles/${FERRY_SLUG}`);
    const box = doc.querySelector('article section.in-this-story');
    expect(text(box?.querySelector('h2'))).toBe('In this story');
    expect([...(box?.querySelectorAll('dt') ?? [])].map(text)).toEqual(['People', 'Places', 'Organisations']);
    expect(links(box?.querySelectorAll('dd:first-of-type a') ?? [])).toEqual([
      ['Ines Calder', '/people/ines-calder'],
      ['Magnus Flett', '/people/magnus-flett'],
    ]);
    expect(box?.querySelector('a[href="/organizations/orkney-islands-council"]')).not.toBeNull();
    expect([...doc.querySelectorAll('article p[id]')].map((p) => p.id)).toEqual(['p-0', 'p-1', 'p-2', 'p-3']);
    expect(text(doc.querySelector('#p-1'))).toMatch(/^"We are delighted to have the ship back,"/);
  });

  it('says in its structured data what the story is about and what else it mentions', async () => {
    const { doc } = await open(ArticlePage, `/articles/${FERRY_SLUG}`);
    const data = [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
      (s) => JSON.parse(s.textContent ?? '{}') as Record<string, unknown>,
    );
    const news = data.find((d) => d['@type'] === 'NewsArticle')!;
    expect(news['about']).toEqual([
      { '@type': 'Person', name: 'Ines Calder', url: 'https://news.example.org/people/ines-calder' },
      { '@type': 'Place', name: 'Aberdeen', url: 'https://news.example.org/places/aberdeen' },
      { '@type': 'Place', name: 'Kirkwall', url: 'https://news.example.org/places/kirkwall' },
    ]);
    expect((news['mentions'] as { name: string }[]).map((m) => m.name)).toEqual(['Orkney Islands Council', 'Magnus Flett']);
  });

  it('lists related stories, those sharing the most people and places first', async () => {
    const { doc } = await open(ArticlePage, `/articles/${FERRY_SLUG}`);
    expect(links(doc.querySelectorAll('main section.related li a'))).toEqual([
      ['Harbour master warns of storm', `/articles/${STORM_SLUG}`],
    ]);
    const library = await open(ArticlePage, `/articles/${LIBRARY_SLUG}`);
    // No names in it: the story in the same section is still related; and no box to show.
    expect(links(library.doc.querySelectorAll('main section.related li a'))).toEqual([
      ['Harbour master warns of storm', `/articles/${STORM_SLUG}`],
    ]);
    expect(library.doc.querySelector('section.in-this-story')).toBeNull();
  });
});
