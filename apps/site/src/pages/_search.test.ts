/**
 * @module
 * The search page against a stub of `GET /v1/search`: the query and filters it sends, results
 * with highlighted passages rendered as text, paging, and what it says when there is nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { summaries } from '../test/fixtures.ts';
import { dom, renderPage, text } from '../test/render.ts';
import { startStubApi, type StubApi } from '../test/stub-api.ts';
import SearchPage from './search.astro';

let stub: StubApi | undefined;

afterEach(async () => {
  await stub?.close();
  stub = undefined;
  delete process.env.API_URL;
});

async function serve(search: (params: URLSearchParams) => object | number): Promise<StubApi> {
  stub = await startStubApi({ search });
  process.env.API_URL = stub.url;
  return stub;
}

async function visit(query: string) {
  const response = await renderPage(SearchPage, { request: new Request(`http://localhost:4321/search${query}`) });
  return { response, doc: dom(await response.text()) };
}

const [first, second] = summaries(2);
const results = (nextCursor: string | null = null) => ({
  items: [
    { article: first, score: 2.5, snippet: 'The <mark>harbour</mark> lamps &amp; the &lt;script&gt;alert(1)&lt;/script&gt; timer' },
    { article: second, score: 1.1, snippet: '…a <mark>harbour</mark> story…' },
  ],
  total: 12,
  nextCursor,
});

describe('the search page', () => {
  it('asks for words when there are none, without asking the API, and is never indexed', async () => {
    const api = await serve(() => results());
    const { response, doc } = await visit('?q=++');
    expect(response.status).toBe(200);
    expect(text(doc.querySelector('main'))).toContain('Type a word or phrase to search for.');
    expect(api.requests).toEqual([]);
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

  it('lists the results with the matching words highlighted and everything else as text', async () => {
    await serve(() => results());
    const { doc } = await visit('?q=harbour');
    expect(text(doc.querySelector('#results-heading'))).toBe('12 results for “harbour”');
    const items = [...doc.querySelectorAll('ol.results > li')];
    expect(items.map((li) => li.querySelector('h3 a')?.getAttribute('href'))).toEqual([`/articles/${first?.slug}`, `/articles/${second?.slug}`]);
    const snippet = items[0]?.querySelector('.snippet');
    expect([...(snippet?.querySelectorAll('mark') ?? [])].map(text)).toEqual(['harbour']);
    expect(text(snippet)).toBe('The harbour lamps & the <script>alert(1)</script> timer');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });

  it('sends the filters as slugs and whole days, and shows them again in the form', async () => {
    const api = await serve(() => results());
    const { doc } = await visit('?q=lamps&section=Local+News&tag=Harbour&author=Ana+Lima&from=2026-05-01&to=2026-05-31');
    const sent = new URL(api.requests[0] ?? '', 'http://stub').searchParams;
    expect(Object.fromEntries(sent)).toMatchObject({
      q: 'lamps',
      section: 'local-news',
      tag: 'harbour',
      author: 'ana-lima',
      from: '2026-05-01T00:00:00.000Z',
      to: '2026-06-01T00:00:00.000Z',
    });
    expect(doc.getElementById('search-section')?.getAttribute('value')).toBe('Local News');
    expect(doc.getElementById('search-to')?.getAttribute('value')).toBe('2026-05-31');
    expect(doc.querySelector('details.filters')?.hasAttribute('open')).toBe(true);
  });

  it('says which date it cannot use, beside the field', async () => {
    const api = await serve(() => results());
    const { doc } = await visit('?q=lamps&from=2026-05-10&to=2026-05-01');
    const to = doc.getElementById('search-to');
    expect(to?.getAttribute('aria-invalid')).toBe('true');
    expect(text(doc.getElementById('search-to-error'))).toBe('The end date must be on or after the start date.');
    expect(new URL(api.requests[0] ?? '', 'http://stub').searchParams.has('from')).toBe(false);
  });

  it('links to the next page of results with its cursor, and back to the first', async () => {
    await serve((params) => results(params.get('cursor') ? null : 'page-2'));
    const firstPage = (await visit('?q=harbour&tag=Ferries')).doc;
    expect(firstPage.querySelector('a[rel=next]')?.getAttribute('href')).toBe('/search?q=harbour&tag=Ferries&cursor=page-2');
    const later = (await visit('?q=harbour&tag=Ferries&cursor=page-2')).doc;
    expect(later.querySelector('a[rel=next]')).toBeNull();
    expect(later.querySelector('nav.pager a')?.getAttribute('href')).toBe('/search?q=harbour&tag=Ferries');
  });

  it('says so when nothing matches', async () => {
    await serve(() => ({ items: [], total: 0, nextCursor: null }));
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
