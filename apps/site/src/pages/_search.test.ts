/**
 * @module
 * The search page against a stub of `GET /v1/search`: results with highlighted passages rendered
 * as text, paging that keeps the filters, and what it says when there is nothing.
 */
import { describe, expect, it } from 'vitest';
import { text } from '../test/render.ts';
import { first, second, searches, searchResults as results, searchStub, visitSearch as visit } from '../test/search-stub.ts';

const serve = searchStub();

describe('the search page', () => {
  it('asks for words when there are none, without asking the API, and is never indexed', async () => {
    const api = await serve(() => results());
    const { response, doc } = await visit('?q=++');
    expect(response.status).toBe(200);
    expect(text(doc.querySelector('main'))).toContain('Type a word or phrase to search for.');
    // Nothing but the header's sections menu, which every page asks for.
    expect(api.requests.filter((r) => !r.startsWith('/v1/sections?'))).toEqual([]);
    expect(doc.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
  });

  it('offers a search landmark in the header and a labelled form on the page', async () => {
    await serve(() => results());
    const { doc } = await visit('');
    const forms = [...doc.querySelectorAll('form[role=search]')];
    expect(forms.map((f) => f.getAttribute('aria-label'))).toEqual(['Site', 'Articles']);
    expect(forms.every((f) => f.getAttribute('method') === 'get' && f.getAttribute('action') === '/search')).toBe(true);
    for (const field of doc.querySelectorAll('form[role=search] input')) {
      expect(doc.querySelector(`label[for="${field.id}"]`), field.getAttribute('name') ?? '').not.toBeNull();
    }
  });

  it('says when the API counted the matches of a phrase only so far', async () => {
    await serve(() => ({ ...results(), total: 10_000, totalExact: false }));
    const { doc } = await visit('?q=%22the+harbour%22');
    expect(text(doc.querySelector('#results-heading'))).toBe('More than 10,000 results for “"the harbour"”');
  });

  it('lists the results with the matching words highlighted and everything else as text', async () => {
    await serve(() => results());
    const { doc } = await visit('?q=harbour');
    expect(text(doc.querySelector('#results-heading'))).toBe('12 results for “harbour”');
    const items = [...doc.querySelectorAll('ol.results > li')];
    expect(items.map((li) => li.querySelector('h3 a')?.getAttribute('href'))).toEqual([
      `/articles/${first?.slug}`,
      `/articles/${second?.slug}`,
    ]);
    const snippet = items[0]?.querySelector('.snippet');
    expect([...(snippet?.querySelectorAll('mark') ?? [])].map(text)).toEqual(['harbour']);
    expect(text(snippet)).toBe('The harbour lamps & the <script>alert(1)</script> timer');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });

  it('links to the next page of results with its cursor and every filter, and back to the first', async () => {
    const api = await serve((params) => results(params.get('cursor') ? null : 'page-2'));
    const filters = 'tag=Ferries&person=vladimir-putin&from=2026-05-01';
    const firstPage = (await visit(`?q=harbour&${filters}`)).doc;
    expect(firstPage.querySelector('a[rel=next]')?.getAttribute('href')).toBe(`/search?q=harbour&${filters}&cursor=page-2`);
    const later = (await visit(`?q=harbour&${filters}&cursor=page-2`)).doc;
    expect(searches(api).at(-1)).toMatchObject({
      cursor: 'page-2',
      tag: 'ferries',
      person: 'vladimir-putin',
      from: '2026-05-01T00:00:00.000Z',
    });
    expect(later.querySelector('a[rel=next]')).toBeNull();
    expect(later.querySelector('nav.pager a')?.getAttribute('href')).toBe(`/search?q=harbour&${filters}`);
    expect([...later.querySelectorAll('.active-filters li > span')].map(text)).toEqual([
      'Topic: Ferries',
      'Person: Vladimir Putin',
      'From: 1 May 2026',
    ]);
    expect(later.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
      `http://localhost:4321/search?q=harbour&${filters}&cursor=page-2`,
    );
    expect(later.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
  });

  it('says so when nothing matches', async () => {
    await serve(() => ({ items: [], total: 0, totalExact: true, nextCursor: null }));
    const { doc } = await visit('?q=zeppelin');
    expect(text(doc.querySelector('main'))).toContain('No articles match “zeppelin”.');
    expect(doc.querySelector('ol.results')).toBeNull();
  });

  it('starts again when a page of results has expired', async () => {
    await serve(() => 400);
    const { response, doc } = await visit('?q=harbour&cursor=stale');
    expect(response.status).toBe(200);
    expect(text(doc.querySelector('main'))).toContain('That page of results is no longer available.');
    expect(doc.querySelector('main .notice a')?.getAttribute('href')).toBe('/search?q=harbour');
  });
});
