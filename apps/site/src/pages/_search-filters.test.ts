/**
 * @module
 * The search page's filters against the real API (in-process, over a temporary SQLite store):
 * each one narrows the results, is listed with a link removing it, and a name no story carries
 * is named beside its field; the people, places and organisations pages search within their stories.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FERRY_SLUG, NAMED_STORIES, STORM_SLUG } from '../test/entity-stories.ts';
import { startRealApi, type RealApi } from '../test/real-api.ts';
import { dom, renderPage, text } from '../test/render.ts';
import PersonPage from './people/[slug].astro';
import SearchPage from './search.astro';

let api: RealApi;
beforeAll(async () => {
  // The storm warning gets a byline, so the author filter has someone to find.
  const [storm, ...others] = NAMED_STORIES;
  api = await startRealApi([{ ...storm!, authors: [{ name: 'Maya Okafor' }] }, ...others]);
});
afterAll(async () => {
  await api.close();
});

async function search(query: string) {
  const response = await renderPage(SearchPage, { request: new Request(`http://localhost:4321/search?${query}`) });
  return { response, doc: dom(await response.text()) };
}

const found = (doc: Document) => [...doc.querySelectorAll('ol.results h3 a')].map((a) => a.getAttribute('href'));
const active = (doc: Document) =>
  [...doc.querySelectorAll('.active-filters li')].map((li) => [
    text(li.querySelector('span')),
    li.querySelector('a')?.getAttribute('href'),
  ]);
/** A day `days` from today (UTC), as the date field sends it. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('the search page’s filters', () => {
  it('finds both harbour stories without a filter', async () => {
    const { doc } = await search('q=harbour');
    expect(found(doc).sort()).toEqual([`/articles/${STORM_SLUG}`, `/articles/${FERRY_SLUG}`].sort());
    expect(doc.querySelector('.active-filters')).toBeNull();
  });

  for (const [name, typed, label, shown, slug] of [
    ['section', 'islands', 'Section', 'Islands', STORM_SLUG],
    ['tag', 'Ferries', 'Topic', 'Ferries', FERRY_SLUG],
    ['author', 'maya okafor', 'Author', 'Maya Okafor', STORM_SLUG],
    ['person', 'Magnus Flett', 'Person', 'Magnus Flett', FERRY_SLUG],
    ['place', 'aberdeen', 'Place', 'Aberdeen', FERRY_SLUG],
    ['organization', 'Met Office', 'Organisation', 'Met Office', STORM_SLUG],
  ] as const) {
    it(`narrows by ${label.toLowerCase()}, lists the filter by its name and links to the search without it`, async () => {
      const { response, doc } = await search(`q=harbour&${name}=${encodeURIComponent(typed)}`);
      expect(response.status).toBe(200);
      expect(found(doc)).toEqual([`/articles/${slug}`]);
      expect(active(doc)).toEqual([[`${label}: ${shown}`, '/search?q=harbour']]);
      expect(doc.getElementById(`search-${name}`)?.getAttribute('value')).toBe(typed);
      expect(doc.querySelector('.field-error')).toBeNull();
    });
  }

  it('narrows by dates, both ends included, and combines filters', async () => {
    const around = await search(`q=harbour&from=${day(-2)}&to=${day(0)}&place=Kirkwall`);
    expect(found(around.doc)).toHaveLength(2);
    expect(active(around.doc).map(([filter]) => filter)).toEqual([
      'Place: Kirkwall',
      expect.stringMatching(/^From: \d+ \w+ \d{4}$/),
      expect.stringMatching(/^To: /),
    ]);
    expect(around.doc.querySelector('.active-filters > a')?.getAttribute('href')).toBe('/search?q=harbour');
    const before = await search(`q=harbour&to=${day(-2)}`);
    expect(text(before.doc.querySelector('main'))).toContain('No articles match “harbour”.');
  });

  it('says beside the field when no story carries a name, and never fails', async () => {
    const { response, doc } = await search('q=harbour&person=Ines+Calderr&place=Ines+Calder&section=Islands');
    expect(response.status).toBe(200);
    expect(text(doc.getElementById('search-person-error'))).toBe('No story names a person called “Ines Calderr”. Check the spelling.');
    expect(text(doc.getElementById('search-place-error'))).toBe('No story names a place called “Ines Calder”. Check the spelling.');
    expect(doc.getElementById('search-person')?.getAttribute('aria-invalid')).toBe('true');
    expect(doc.getElementById('search-section')?.hasAttribute('aria-invalid')).toBe(false);
    const summary = [...doc.querySelectorAll('.form-problem a')].map((a) => a.getAttribute('href'));
    expect(summary).toEqual(['#search-person', '#search-place']);
    expect(text(doc.querySelector('main'))).toContain('No articles match “harbour”.');
  });

  it('offers the people, places and organisations the reader may have meant, each a link to the search with it', async () => {
    const { doc } = await search('q=harbour&person=Inez+Calder&organization=Office');
    const person = doc.getElementById('search-person-error');
    expect(text(person)).toBe('No story names a person called “Inez Calder”. Check the spelling. Did you mean Ines Calder?');
    expect(person?.querySelector('a')?.getAttribute('href')).toBe('/search?q=harbour&person=ines-calder&organization=Office');
    expect(text(doc.getElementById('search-organization-error'))).toMatch(/Did you mean Met Office\?$/);
    const nothing = await search('q=harbour&place=Atlantis');
    expect(nothing.doc.querySelector('#search-place-error a')).toBeNull();
    // As long a name as the form takes, in letters outside the basic plane: still a message, not a failure.
    const long = await search(`q=harbour&person=${encodeURIComponent('𝐀'.repeat(100))}`);
    expect(long.response.status).toBe(200);
    expect(text(long.doc.getElementById('search-person-error'))).toMatch(/^No story names a person called/);
  });

  it('keeps each field’s message for values it cannot read: a name without letters, a malformed date', async () => {
    const { response, doc } = await search('q=harbour&tag=%E2%80%94&from=8+May');
    expect(response.status).toBe(200);
    expect(text(doc.getElementById('search-tag-error'))).toBe('Enter a name with at least one letter or digit.');
    expect(text(doc.getElementById('search-from-error'))).toMatch(/^Enter the date as year, month and day/);
    // Neither could be applied: the search runs without them, and the canonical address leaves them out.
    expect(found(doc)).toHaveLength(2);
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('http://localhost:4321/search?q=harbour');
  });
});

describe('a person’s page', () => {
  it('offers a search within the stories naming them, which the search page narrows to', async () => {
    const response = await renderPage(PersonPage, {
      params: { slug: 'ines-calder' },
      request: new Request('http://localhost:4321/people/ines-calder'),
    });
    const doc = dom(await response.text());
    const form = doc.querySelector('form[role=search][aria-label="Stories naming Ines Calder"]');
    expect([form?.getAttribute('method'), form?.getAttribute('action')]).toEqual(['get', '/search']);
    expect(text(doc.querySelector(`label[for="${form?.querySelector('input[name=q]')?.id}"]`))).toBe(
      'Search the stories naming Ines Calder',
    );
    const hidden = form?.querySelector('input[type=hidden]');
    const results = await search(`${hidden?.getAttribute('name')}=${hidden?.getAttribute('value')}&q=ferry`);
    expect(found(results.doc)).toEqual([`/articles/${FERRY_SLUG}`]);
    expect(active(results.doc)).toEqual([['Person: Ines Calder', '/search?q=ferry']]);
  });
});
