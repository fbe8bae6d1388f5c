/**
 * @module
 * A stand-in for the Dateline API on a local port, serving fixture articles, so tests exercise
 * the real client, URLs and error handling without a database.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Article, ArticleSummary } from '@dateline/model';
import { afterEach } from 'vitest';

export interface StubApi {
  /** Base URL to put in API_URL. */
  url: string;
  /** Paths and queries requested so far, e.g. `/v1/articles?limit=20`. */
  requests: string[];
  close(): Promise<void>;
}

export interface StubOptions {
  articles?: readonly Article[];
  /**
   * Listing pages: the first is served without a cursor, page i+1 with cursor `page-<i+1>`. The
   * front page (unless in `bodies`) leads with the first page's first three, the rest by section.
   */
  pages?: readonly (readonly ArticleSummary[])[];
  /** Answer every request with this status instead (e.g. 500), or never answer (`'hang'`). */
  fail?: number | 'hang';
  /** The status to answer a request with instead of serving it (e.g. 500 to some queries), or undefined to serve it. */
  failWhen?: (url: URL) => number | undefined;
  /** The answer to `GET /v1/search` for its query parameters: a body, or a status for a problem. */
  search?: (params: URLSearchParams) => object | number;
  /** Bodies of other GETs by path, such as `/v1/sections/local` (query ignored). */
  bodies?: Readonly<Record<string, object>>;
  /** Old slugs of moved articles and their slugs now: the API answers 301 to the new address. */
  moved?: Readonly<Record<string, string>>;
}

/** Starts the stub on a free port. */
export async function startStubApi(options: StubOptions = {}): Promise<StubApi> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (options.fail === 'hang') return;
    if (options.fail) return problem(res, options.fail);
    const status = options.failWhen?.(new URL(req.url ?? '/', 'http://stub'));
    if (status) return problem(res, status);
    route(req, res, options);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * For a test file: `serve(options)` starts a stub and points API_URL at it; after each test the
 * stub is closed and API_URL and API_TIMEOUT_MS are cleared.
 *
 * @example
 * const serve = stubApiPerTest();
 * it('…', async () => { const api = await serve({ articles: [article] }); … });
 */
export function stubApiPerTest(): (options: StubOptions) => Promise<StubApi> {
  let stub: StubApi | undefined;
  afterEach(async () => {
    await stub?.close();
    stub = undefined;
    delete process.env.API_URL;
    delete process.env.API_TIMEOUT_MS;
  });
  return async (options) => {
    stub = await startStubApi(options);
    process.env.API_URL = stub.url;
    return stub;
  };
}

/** A base URL where nothing listens. */
export async function deadApiUrl(): Promise<string> {
  const stub = await startStubApi();
  await stub.close();
  return stub.url;
}

function route(
  req: IncomingMessage,
  res: ServerResponse,
  { articles = [], pages = [[]], search, bodies = {}, moved = {} }: StubOptions,
): void {
  const url = new URL(req.url ?? '/', 'http://stub');
  const body = bodies[url.pathname];
  if (body) return json(res, 200, body);
  if (url.pathname === '/v1/search' && search) {
    const answer = search(url.searchParams);
    return typeof answer === 'number' ? problem(res, answer) : json(res, 200, answer);
  }
  const slug = /^\/v1\/articles\/([^/]+)$/.exec(url.pathname)?.[1];
  if (slug !== undefined) {
    const found = articles.find((a) => a.slug === decodeURIComponent(slug));
    const now = moved[decodeURIComponent(slug)];
    if (!found && now !== undefined) {
      res.writeHead(301, { Location: `/v1/articles/${encodeURIComponent(now)}${url.search}` }).end();
      return;
    }
    return found ? json(res, 200, found) : problem(res, 404);
  }
  if (url.pathname === '/v1/front-page') return json(res, 200, frontPageOf(pages[0] ?? []));
  if (url.pathname === '/v1/articles') {
    const cursor = url.searchParams.get('cursor');
    const index = cursor === null ? 0 : Number(/^page-(\d+)$/.exec(cursor)?.[1] ?? NaN) - 1;
    const page = pages[index];
    if (!page) return problem(res, 400);
    const nextCursor = index + 1 < pages.length ? `page-${index + 2}` : null;
    return json(res, 200, { items: page, nextCursor, total: pages.flat().length });
  }
  problem(res, 404);
}

/** The front page the API would make of `stories` with nothing pinned: the newest three lead, the rest go to their sections. */
function frontPageOf(stories: readonly ArticleSummary[]): object {
  const sections = new Map<string, { name: string; slug: string; articleCount: number; items: ArticleSummary[] }>();
  for (const story of stories.slice(3)) {
    if (!story.section) continue;
    const block = sections.get(story.section.slug) ?? { ...story.section, articleCount: 0, items: [] };
    block.articleCount += 1;
    block.items.push(story);
    sections.set(story.section.slug, block);
  }
  return { lead: stories.slice(0, 3), pinned: [], sections: [...sections.values()] };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function problem(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ status, title: 'stub problem' }));
}
