/**
 * @module
 * The search page against a stub of the API: `GET /v1/search` answered by the test, and the
 * sections, topics, authors, people, places and organisations the filters look up.
 */
import { afterEach } from 'vitest';
import { summaries } from './fixtures.ts';
import { dom, renderPage } from './render.ts';
import { startStubApi, type StubApi } from './stub-api.ts';
import SearchPage from '../pages/search.astro';

/** What the stub knows by name, for the filters' look-ups. */
const known = {
  '/v1/sections/local-news': { name: 'Local News', slug: 'local-news', articleCount: 4 },
  '/v1/tags/harbour': { name: 'Harbour', slug: 'harbour', articleCount: 3 },
  '/v1/tags/ferries': { name: 'Ferries', slug: 'ferries', articleCount: 3 },
  '/v1/authors/ana-lima': { name: 'Ana Lima', slug: 'ana-lima', articleCount: 2 },
  '/v1/entities/vladimir-putin': entity('person', 'Vladimir Putin', 'vladimir-putin'),
  '/v1/entities/moscow': entity('place', 'Moscow', 'moscow'),
  '/v1/entities/kremlin': entity('organization', 'Kremlin', 'kremlin'),
  // Whatever is asked for: the names a reader may have meant.
  '/v1/entities': {
    items: ['Kremlin', 'Kremlin Press Office', 'Kremlin Guard'].map((name) => ({
      ...entity('organization', name, name.toLowerCase().replaceAll(' ', '-')),
      articles: undefined,
    })),
    nextCursor: null,
    total: 3,
  },
};

function entity(type: string, name: string, slug: string) {
  const quotes = { items: [], nextCursor: null, total: 0 };
  return { type, name, slug, aliases: [], articleCount: 1, articles: { items: [], nextCursor: null, total: 1 }, quotes };
}

/**
 * A function that starts the stub with `search` answering `GET /v1/search` (a body, or a status
 * for a problem) and points API_URL at it; call once per test file, at the top: it stops the
 * stub after each test.
 *
 * @example
 * const serve = searchStub();
 * it('…', async () => { const api = await serve(() => searchResults()); });
 */
export function searchStub(): (search: (params: URLSearchParams) => object | number) => Promise<StubApi> {
  let stub: StubApi | undefined;
  afterEach(async () => {
    await stub?.close();
    stub = undefined;
    delete process.env.API_URL;
  });
  return async (search) => {
    stub = await startStubApi({ search, bodies: known });
    process.env.API_URL = stub.url;
    return stub;
  };
}

/** The search page at `query` (`?q=…`), as a response and a document. */
export async function visitSearch(query: string) {
  const response = await renderPage(SearchPage, { request: new Request(`http://localhost:4321/search${query}`) });
  return { response, doc: dom(await response.text()) };
}

/** The query parameters of each search the stub was asked for. */
export function searches(api: StubApi): Record<string, string>[] {
  return api.requests.filter((r) => r.startsWith('/v1/search')).map((r) => Object.fromEntries(new URL(r, 'http://stub').searchParams));
}

export const [first, second] = summaries(2);

/** Two results of twelve, the first snippet with markup to escape. */
export function searchResults(nextCursor: string | null = null) {
  return {
    items: [
      { article: first, score: 2.5, snippet: 'The <mark>harbour</mark> lamps &amp; the &lt;script&gt;alert(1)&lt;/script&gt; timer' },
      { article: second, score: 1.1, snippet: '…a <mark>harbour</mark> story…' },
    ],
    total: 12,
    totalExact: true,
    nextCursor,
  };
}
