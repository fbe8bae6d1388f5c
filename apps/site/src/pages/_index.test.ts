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
});

describe('the front page', () => {
  it('leads with the newest story, larger and with its image, then lists the rest', async () => {
    const stories = summaries(4);
    const { response, doc } = await frontPage([stories]);
    expect(response.status).toBe(200);
    const lead = doc.querySelector('main > article.card--lead');
    expect(text(lead?.querySelector('h2 a'))).toBe('Harbour lights return after a decade');
    expect(lead?.querySelector('img')).not.toBeNull();
    const listed = [...doc.querySelectorAll('main ol.cards > li')];
    expect(listed.map((li) => text(li.querySelector('h3 a')))).toEqual(['Story number 1', 'Story number 2', 'Story number 3']);
    expect(listed[0]?.querySelector('h3 a')?.getAttribute('href')).toBe('/articles/story-1');
    expect(listed[0]?.querySelector('time')?.getAttribute('datetime')).toBe(stories[1]?.publishedAt);
    expect(text(listed[0]?.querySelector('.byline'))).toBe('By Ana Lima and Tom Reed');
  });

  it('has one h1 and the site name in the title', async () => {
    const { doc } = await frontPage([summaries(2)]);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(text(doc.querySelector('title'))).toBe('Dateline');
  });

  it('links to older stories with the cursor the API gave, and asks for them with it', async () => {
    const stories = summaries(5);
    const first = await frontPage([stories.slice(0, 3), stories.slice(3)]);
    const older = first.doc.querySelector('nav a[rel=next]');
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
  });
});
