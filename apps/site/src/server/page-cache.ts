/**
 * @module
 * The page cache in front of Astro: a stored page is answered (or confirmed with a 304) without
 * entering Astro at all, since Astro's request pipeline is itself most of the cost of a page.
 * Concurrent misses for one page wait for a single render rather than each rendering it. A page
 * past its time to live is still served while one background render replaces it
 * (stale-while-revalidate), so expiry never makes a reader wait for a page that was stored.
 */
import { IncomingMessage, type OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { etagOf, matchesEtag, mayStore, mayUseCache, sharedCacheControl } from './cache-rules.ts';
import { type CapturedResponse, captureResponse } from './capture.ts';
import { PageStore, type StoredPage } from './page-store.ts';
import type { PageCacheSettings } from './settings.ts';

/** A Node request handler, as Astro's adapter exports in middleware mode. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface PageCache {
  /**
   * Answers from the cache, or has `render` answer (and keeps the result when it may); returns a
   * promise when the answer is not sent at once.
   */
  handle(req: IncomingMessage, res: ServerResponse, render: NodeHandler): void | Promise<void>;
  readonly store: PageStore;
}

/** What `render` returned, as a promise only when it was one. */
function rendered(result: unknown): void | Promise<void> {
  return result instanceof Promise ? result.then(() => undefined) : undefined;
}

/**
 * Background renders at a time. Each takes the event loop that readers are served from, so a
 * burst of pages going stale at once is worked through a few at a time, the others served stale
 * meanwhile.
 */
const MAX_REVALIDATIONS = 2;

/**
 * A copy of `req` to render in the background: its own unconnected socket, so the reader's
 * connection closing (Astro aborts a render when its socket closes) does not cut the render
 * short, and without the reader's conditional headers, which would make it a 304.
 */
function detachedRequest(req: IncomingMessage): { req: IncomingMessage; res: ServerResponse } {
  const copy = new IncomingMessage(new Socket());
  copy.method = 'GET';
  copy.url = req.url ?? '/';
  copy.httpVersionMajor = 1;
  copy.httpVersionMinor = 1;
  copy.httpVersion = '1.1';
  const { 'if-none-match': _etag, 'if-modified-since': _since, ...headers } = req.headers;
  copy.headers = headers;
  copy.push(null);
  return { req: copy, res: new ServerResponse(copy) };
}

/** Headers of a rendered answer that describe one transfer, not the page. */
const PER_TRANSFER = ['connection', 'content-length', 'date', 'keep-alive', 'transfer-encoding'];

/**
 * A page cache with `settings`; `now` is the clock (tests pass their own).
 *
 * @example
 * const cache = createPageCache({ ttlMs: 5000, maxBytes: 32 << 20, bypassCookies: null });
 * http.createServer((req, res) => cache.handle(req, res, astroHandler));
 */
export function createPageCache(settings: PageCacheSettings, now?: () => number, random?: () => number): PageCache {
  const store = new PageStore({
    maxBytes: settings.maxBytes,
    ttlMs: settings.ttlMs,
    staleMs: settings.staleMs ?? 0,
    ...(now && { now }),
    ...(random && { random }),
  });
  const cacheControl = sharedCacheControl(settings.ttlMs);
  const inFlight = new Map<string, Promise<StoredPage | null>>();
  let revalidating = 0;

  function keep(key: string, answer: CapturedResponse): StoredPage {
    const headers: OutgoingHttpHeaders = { ...answer.headers };
    for (const name of PER_TRANSFER) delete headers[name];
    const etag = typeof headers.etag === 'string' ? headers.etag : etagOf(answer.body);
    headers.etag = etag;
    headers['cache-control'] ??= cacheControl;
    headers['content-length'] = String(answer.body.length);
    const page: StoredPage = { headers, body: answer.body, etag, storedAt: store.now() };
    store.set(key, page);
    return page;
  }

  function serve(req: IncomingMessage, res: ServerResponse, page: StoredPage, outcome: 'hit' | 'miss' | 'stale'): void {
    const age = String(store.ageSeconds(page));
    if (matchesEtag(req.headers['if-none-match'], page.etag)) {
      res.writeHead(304, { etag: page.etag, 'cache-control': page.headers['cache-control'], age, 'x-cache': outcome });
      res.end();
      return;
    }
    res.writeHead(200, outcome === 'miss' ? { ...page.headers, age, 'x-cache': outcome } : hitHeaders(page, age, outcome));
    res.end(req.method === 'HEAD' ? undefined : page.body);
  }

  // A popular page is served thousands of times a second with the same Age: its headers are
  // built once per second rather than once per request.
  function hitHeaders(page: StoredPage, age: string, outcome: 'hit' | 'stale'): OutgoingHttpHeaders {
    if (page.hit?.age !== age || page.hit.headers['x-cache'] !== outcome) {
      page.hit = { age, headers: { ...page.headers, age, 'x-cache': outcome } };
    }
    return page.hit.headers;
  }

  /**
   * Renders `req`'s page again in the background and stores it, unless a render of it is under
   * way or enough are. An answer that may not be stored takes the stale page away when it says
   * the page is gone or changed (a 404 for a deleted article), and leaves it to be served out its
   * stale time when the render failed (a 5xx while the API is down).
   */
  function revalidate(key: string, req: IncomingMessage, render: NodeHandler): void {
    if (inFlight.has(key) || revalidating >= MAX_REVALIDATIONS) return;
    revalidating += 1;
    const { promise, resolve } = Promise.withResolvers<StoredPage | null>();
    inFlight.set(key, promise);
    const background = detachedRequest(req);
    const held = captureResponse(background.res);
    Promise.resolve()
      .then(() => render(background.req, background.res))
      .catch((error: unknown) => {
        console.error(`Could not render ${req.url} again`, error);
        if (!background.res.writableEnded) background.res.writeHead(500).end();
      });
    void held.then((answer) => {
      let page: StoredPage | null = null;
      if (answer && mayStore(answer.status, answer.headers)) page = keep(key, answer);
      else if (answer && answer.status < 500) store.delete(key);
      inFlight.delete(key);
      revalidating -= 1;
      resolve(page);
    });
  }

  async function renderOnce(key: string, req: IncomingMessage, res: ServerResponse, render: NodeHandler): Promise<void> {
    const { promise, resolve } = Promise.withResolvers<StoredPage | null>();
    inFlight.set(key, promise);
    let page: StoredPage | null = null;
    try {
      const held = captureResponse(res);
      Promise.resolve()
        .then(() => render(req, res))
        .catch((error: unknown) => {
          console.error(`Could not render ${req.url}`, error);
          if (!res.writableEnded) res.writeHead(500).end();
        });
      const answer = await held;
      if (!answer) return;
      if (mayStore(answer.status, answer.headers)) {
        page = keep(key, answer);
        serve(req, res, page, 'miss');
      } else {
        res.statusMessage = answer.statusMessage;
        const bodiless = answer.status === 204 || answer.status === 304 || answer.status < 200;
        res.writeHead(answer.status, bodiless ? answer.headers : { ...answer.headers, 'content-length': String(answer.body.length) });
        res.end(bodiless ? undefined : answer.body);
      }
    } finally {
      inFlight.delete(key);
      resolve(page);
    }
  }

  // Synchronous for a hit: a stored page is answered without allocating a promise.
  function handle(req: IncomingMessage, res: ServerResponse, render: NodeHandler): void | Promise<void> {
    if (!mayUseCache(req.method, req.headers, settings.bypassCookies)) return rendered(render(req, res));
    // Pages name their own address from the Host header when SITE_URL is unset, so it is part of the key.
    const key = `${req.headers.host ?? ''} ${req.url ?? '/'}`;
    const stored = store.get(key);
    if (stored) {
      if (store.isFresh(stored)) return serve(req, res, stored, 'hit');
      revalidate(key, req, render);
      return serve(req, res, stored, 'stale');
    }
    const pending = inFlight.get(key);
    if (pending) return afterPending(pending, req, res, render);
    // A HEAD that misses is answered by Astro directly; only GETs fill the cache.
    if (req.method === 'HEAD') return rendered(render(req, res));
    return renderOnce(key, req, res, render);
  }

  async function afterPending(pending: Promise<StoredPage | null>, req: IncomingMessage, res: ServerResponse, render: NodeHandler): Promise<void> {
    const shared = await pending;
    if (shared) return serve(req, res, shared, 'hit');
    // The one render could not be shared (a 404, a cookie…): this reader gets their own.
    await render(req, res);
  }

  return { handle, store };
}
