/**
 * @module
 * The search page's filters against a stub of the API: what it sends, the filters in use with a
 * link removing each, labelled fields, and the message beside each field it cannot use.
 */
import { describe, expect, it } from 'vitest';
import { text } from '../test/render.ts';
import { searches, searchResults as results, searchStub, visitSearch as visit } from '../test/search-stub.ts';

const serve = searchStub();

describe('the search form', () => {
  it('sends the filters as slugs and whole days, keeps them in the (closed) form and lists them by name', async () => {
    const api = await serve(() => results());
    const query =
      'section=Local+News&tag=Harbour&author=Ana+Lima&person=Vladimir+Putin&place=moscow&organization=Kremlin&from=2026-05-01&to=2026-05-31';
    const { doc } = await visit(`?q=lamps&${query}`);
    expect(searches(api)).toEqual([
      {
        q: 'lamps',
        limit: '10',
        section: 'local-news',
        tag: 'harbour',
        author: 'ana-lima',
        person: 'vladimir-putin',
        place: 'moscow',
        organization: 'kremlin',
        from: '2026-05-01T00:00:00.000Z',
        to: '2026-06-01T00:00:00.000Z',
      },
    ]);
    // The results are by Ana Lima and tagged Harbour, so only the section and the entities are looked up.
    // (The header's sections menu is asked for too, on every page.)
    const lookups = api.requests.filter((r) => !r.startsWith('/v1/search') && !r.startsWith('/v1/sections?')).map((r) => r.split('?')[0]);
    expect(lookups.sort()).toEqual([
      '/v1/entities/kremlin',
      '/v1/entities/moscow',
      '/v1/entities/vladimir-putin',
      '/v1/sections/local-news',
    ]);
    expect(doc.getElementById('search-section')?.getAttribute('value')).toBe('Local News');
    expect(doc.getElementById('search-place')?.getAttribute('value')).toBe('moscow');
    expect(doc.getElementById('search-to')?.getAttribute('value')).toBe('2026-05-31');
    expect(doc.querySelector('details.filters')?.hasAttribute('open')).toBe(false);
    expect([...doc.querySelectorAll('.active-filters li > span')].map(text)).toEqual([
      'Section: Local News',
      'Topic: Harbour',
      'Author: Ana Lima',
      'Person: Vladimir Putin',
      'Place: Moscow',
      'Organisation: Kremlin',
      'From: 1 May 2026',
      'To: 31 May 2026',
    ]);
    expect(doc.querySelector('.field-error')).toBeNull();
  });

  it('links each filter in use to the same search without it, and to one without any', async () => {
    await serve(() => results());
    const { doc } = await visit('?q=lamps&person=vladimir-putin&from=2026-05-01');
    const removals = [...doc.querySelectorAll('.active-filters li a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(removals).toEqual([
      ['Remove person filter', '/search?q=lamps&from=2026-05-01'],
      ['Remove from filter', '/search?q=lamps&person=vladimir-putin'],
    ]);
    expect(doc.querySelector('.active-filters > a')?.getAttribute('href')).toBe('/search?q=lamps');
  });

  it('labels every filter field and hints at what to type', async () => {
    await serve(() => results());
    const { doc } = await visit('?q=lamps');
    const labels = [...doc.querySelectorAll('details.filters input')].map((input) => [
      input.getAttribute('name'),
      input.getAttribute('type'),
      text(doc.querySelector(`label[for="${input.id}"]`)),
    ]);
    expect(labels).toEqual([
      ['section', 'text', 'Section'],
      ['tag', 'text', 'Topic'],
      ['author', 'text', 'Author'],
      ['person', 'text', 'Person'],
      ['place', 'text', 'Place'],
      ['organization', 'text', 'Organisation'],
      ['from', 'date', 'From'],
      ['to', 'date', 'To'],
    ]);
    expect(doc.querySelector('details.filters')?.hasAttribute('open')).toBe(false);
    expect(doc.querySelector('.active-filters')).toBeNull();
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('http://localhost:4321/search?q=lamps');
  });

  it('says which date it cannot use, beside the field, and searches without it', async () => {
    const api = await serve(() => results());
    const { doc } = await visit('?q=lamps&from=2026-05-10&to=2026-05-01');
    const to = doc.getElementById('search-to');
    expect(to?.getAttribute('aria-invalid')).toBe('true');
    expect(doc.querySelector('details.filters')?.hasAttribute('open')).toBe(true);
    expect(to?.getAttribute('aria-describedby')).toBe('search-to-hint search-to-error');
    expect(text(doc.getElementById('search-to-error'))).toBe('The end date must be on or after the start date.');
    const problem = doc.querySelector('.form-problem');
    expect([text(problem?.querySelector('p')), text(problem?.querySelector('a'))]).toEqual([
      'A filter could not be used:',
      'To: The end date must be on or after the start date.',
    ]);
    expect(problem?.querySelector('a')?.getAttribute('href')).toBe('#search-to');
    expect(searches(api)[0]).not.toHaveProperty('from');
    expect(doc.querySelector('.active-filters')).toBeNull();
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('http://localhost:4321/search?q=lamps');
  });

  it('says which dates are not real days', async () => {
    const api = await serve(() => results());
    const { response, doc } = await visit('?q=lamps&from=2026-02-30&to=tomorrow');
    expect(response.status).toBe(200);
    expect(text(doc.getElementById('search-from-error'))).toBe('Enter the date as year, month and day, such as 2026-05-08.');
    expect(text(doc.getElementById('search-to-error'))).toBe('Enter the date as year, month and day, such as 2026-05-31.');
    expect(searches(api)).toEqual([{ q: 'lamps', limit: '10' }]);
    // Shown back as typed, in text fields: a date field holding them would be invalid HTML.
    const shown = ['from', 'to'].map((name) => doc.getElementById(`search-${name}`));
    expect(shown.map((input) => [input?.getAttribute('type'), input?.getAttribute('value')])).toEqual([
      ['text', '2026-02-30'],
      ['text', 'tomorrow'],
    ]);
  });

  it('says beside the field when no story carries a name, with the names the reader may have meant', async () => {
    await serve(() => ({ items: [], total: 0, totalExact: true, nextCursor: null }));
    const { response, doc } = await visit('?q=lamps&organization=Kremlinn&section=Local+News');
    expect(response.status).toBe(200);
    const message = doc.getElementById('search-organization-error');
    expect(text(message)).toBe(
      'No story names an organisation called “Kremlinn”. Check the spelling. Did you mean Kremlin, Kremlin Press Office or Kremlin Guard?',
    );
    expect(message?.querySelector('a')?.getAttribute('href')).toBe('/search?q=lamps&section=Local+News&organization=kremlin');
    expect(doc.getElementById('search-section-error')).toBeNull();
    expect(text(doc.querySelector('main'))).toContain('No articles match “lamps”.');
  });
});
