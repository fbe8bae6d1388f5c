/**
 * @module
 * The front page (`index.astro`) rendered against a stub API.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { summaries } from '../test/fixtures.ts';
import { dom, renderPage, text } from '../test/render.ts';
import { startStubApi, type StubApi, type StubOptions } from '../test/stub-api.ts';
import FrontPage from './index.astro';

let stub: StubApi | undefined;

async function frontPage(pages: StubOptions['pages'], query = '') {
  stub = await startStubApi({ pages });
  process.env.API_URL = stub.url;
  const response = await renderPage(FrontPage, { request: new Request(`http://localhost:4321/${query}`) });
  return { response, doc: dom(await response.text()), requests: stub.requests };
}

afterEach(async () => {
  await stub?.close();
  delete process.env.API_URL;
  delete process.env.SITE_LOCALE;
  delete process.env.SITE_TIME_ZONE;
});

describe('the front page', () => {
  it('leads with the front page the API gives, the latest headlines beside it, then a block per section', async () => {
    const stories = summaries(6);
    const { response, doc, requests } = await frontPage([stories]);
    expect(response.status).toBe(200);
    // Two requests for the stories (the header's sections menu aside), sent together.
    expect(requests.filter((r) => !r.startsWith('/v1/sections?')).sort()).toEqual([
      '/v1/articles?limit=8',
      '/v1/front-page?lead=3&sections=6&perSection=4',
    ]);
    const lead = doc.querySelector('main .front-lead article.card--lead');
    expect(text(lead?.querySelector('h2 a'))).toBe('Harbour lights return after a decade');
    expect(lead?.querySelector('img')).not.toBeNull();
    expect([...doc.querySelectorAll('.front-lead__more h3 a')].map(text)).toEqual(['Story number 1', 'Story number 2']);
    const second = doc.querySelector('.front-lead__more li');
    expect(second?.querySelector('h3 a')?.getAttribute('href')).toBe('/articles/story-1');
    expect(second?.querySelector('time')?.getAttribute('datetime')).toBe(stories[1]?.publishedAt);
    expect(text(second?.querySelector('.byline'))).toBe('By Ana Lima and Tom Reed');

    const rail = doc.querySelector('.latest-rail');
    expect(text(rail?.querySelector('h2'))).toBe('Latest');
    expect(rail?.querySelectorAll('li')).toHaveLength(6);

    const block = doc.querySelector('.section-block');
    expect(text(block?.querySelector('h2'))).toBe('Local');
    expect(block?.querySelector('h2 a')?.getAttribute('href')).toBe('/sections/local');
    expect([...(block?.querySelectorAll('h3 a') ?? [])].map(text)).toEqual(['Story number 3', 'Story number 4', 'Story number 5']);
    // The block's first story shows its picture, lazily: it is below the fold.
    expect(block?.querySelector('li:first-child img')?.getAttribute('loading')).toBe('lazy');
    expect(block?.querySelector('li:nth-child(2) img')).toBeNull();
    expect(text(block?.querySelector('.section-block__more a'))).toBe('More in Local');
  });

  it("speaks the newsroom's language and gives its local times, keeping UTC for machines", async () => {
    process.env.SITE_LOCALE = 'fr-FR';
    process.env.SITE_TIME_ZONE = 'America/New_York';
    const stories = summaries(6);
    const { doc } = await frontPage([stories]);
    expect(doc.documentElement.getAttribute('lang')).toBe('fr');
    expect(text(doc.querySelector('.latest-rail h2'))).toBe('En continu');
    expect(text(doc.querySelector('.section-block__more a'))).toBe('Plus de Local');
    expect(text(doc.querySelector('.skip-link'))).toBe('Aller au contenu');
    expect(text(doc.querySelector('.byline'))).toBe('Par Ana Lima et Tom Reed');
    // 09:30 UTC is 05:30 in New York in May.
    const time = doc.querySelector('.card--lead time');
    expect(time?.getAttribute('datetime')).toBe('2026-05-08T09:30:00.000Z');
    expect(text(time)).toBe('8 mai 2026 à 05:30 UTC−4');
  });

  it('has one h1 and the site name in the title', async () => {
    const { doc } = await frontPage([summaries(2)]);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(text(doc.querySelector('title'))).toBe('Dateline');
  });

  it('links to older stories with the cursor the API gave, and asks for them with it', async () => {
    const stories = summaries(5);
    const first = await frontPage([stories.slice(0, 3), stories.slice(3)]);
    const older = first.doc.querySelector('.latest-rail nav a[rel=next]');
    expect(text(older)).toBe('Older stories');
    expect(older?.getAttribute('href')).toBe('/?cursor=page-2');
    await stub?.close();

    const second = await frontPage([stories.slice(0, 3), stories.slice(3)], '?cursor=page-2');
    // Besides the header's sections menu, which every page asks for.
    expect(second.requests.filter((r) => !r.startsWith('/v1/sections?'))).toEqual(['/v1/articles?cursor=page-2&limit=20']);
    expect(text(second.doc.querySelector('h1'))).toBe('Older stories');
    expect(second.doc.querySelector('.card--lead')).toBeNull();
    expect([...second.doc.querySelectorAll('ol.cards h3')].map(text)).toEqual(['Story number 3', 'Story number 4']);
    expect(second.doc.querySelector('nav a[rel=next]')).toBeNull();
    expect(second.doc.querySelector('nav a[href="/"]')).not.toBeNull();
  });

  it('answers 404 for a cursor the API does not know', async () => {
    const { response } = await frontPage([summaries(2)], '?cursor=forged');
    expect(response.status).toBe(404);
  });

  it('says so when nothing has been published', async () => {
    const { response, doc } = await frontPage([[]]);
    expect(response.status).toBe(200);
    expect(text(doc.querySelector('main'))).toContain('No stories have been published yet.');
    expect(doc.querySelector('nav.pager')).toBeNull();
    expect(doc.querySelector('.section-block')).toBeNull();
  });
});
