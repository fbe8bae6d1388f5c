/**
 * @module
 * The page cache in front of Astro: a stored page is answered (or confirmed with a 304) without
 * entering Astro at all, since Astro's request pipeline is itself most of the cost of a page.
 * Concurrent misses for one page wait for a single render rather than each rendering it. A page
 * past its time to live is still served while one background render replaces it
 * (stale-while-revalidate), so expiry never makes a reader wait for a page that was stored.
 * Stored pages keep their compressed forms beside them, made once per form, so a hit costs no
 * compression.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { finishHeaders } from './answer-headers.ts';
import { etagOf, mayStore, mayUseCache, sharedCacheControl } from './cache-rules.ts';
import { type CapturedResponse, captureResponse } from './capture.ts';
import { detachedRequest } from './detached-request.ts';
import {
  compress,
  type Encoding,
  encodedEtag,
  isCompressible,
  MIN_COMPRESS_BYTES,
  negotiateEncoding,
  notModified,
  varyOnEncoding,
} from '@dateline/http';
import { PageStore, type StoredPage } from './page-store.ts';
import { headerText, type NodeHandler, PER_TRANSFER, renderAndSend, renderHeld, sendAnswer } from './send-answer.ts';
import type { PageCacheSettings } from './settings.ts';

export type { NodeHandler } from './send-answer.ts';

export interface PageCache {
  /**
   * Answers from the cache, or has `render` answer (and keeps the result when it may); returns a
   * promise when the answer is not sent at once.
   */
  handle(req: IncomingMessage, res: ServerResponse, render: NodeHandler): void | Promise<void>;
  readonly store: PageStore;
}

/**
 * Background renders at a time. Each takes the event loop that readers are served from, so a
 * burst of pages going stale at once is worked through a few at a time, oldest first, the others
 * served stale meanwhile.
 */
const MAX_REVALIDATIONS = 2;

type Outcome = 'hit' | 'miss' | 'stale';

/**
 * A page cache with `settings`; `now` is the clock and `random` spreads expiry (tests pass their
 * own).
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
    finishHeaders(headers, { method: 'GET', status: 200, body: answer.body, ttlMs: settings.ttlMs, personalRequest: false });
    const compressible = isCompressible(headerText(headers['content-type'])) && answer.body.length >= MIN_COMPRESS_BYTES;
    if (compressible) headers.vary = varyOnEncoding(headerText(headers.vary));
    headers['content-length'] = String(answer.body.length);
    const page: StoredPage = { headers, body: answer.body, etag, storedAt: store.now(), ...(compressible && { encoded: {} }) };
    store.set(key, page);
    return page;
  }

  /**
   * The form of `page` (stored under `key`) to send to a reader accepting `accept`, compressed
   * once per form; a new form counts towards the store's bytes.
   */
  function form(key: string, page: StoredPage, accept: string | undefined): { encoding: Encoding | null; body: Buffer; etag: string } {
    const encoding = page.encoded ? negotiateEncoding(accept) : null;
    if (!encoding) return { encoding: null, body: page.body, etag: page.etag };
    let encoded = page.encoded![encoding];
    if (!encoded) {
      encoded = page.encoded![encoding] = { body: compress(page.body, encoding), etag: encodedEtag(page.etag, encoding) };
      store.grow(key, page, encoded.body.length);
    }
    return { encoding, ...encoded };
  }

  function serve(req: IncomingMessage, res: ServerResponse, key: string, page: StoredPage, outcome: Outcome): void {
    const age = String(store.ageSeconds(page));
    const sent = form(key, page, req.headers['accept-encoding']);
    const lastModified = headerText(page.headers['last-modified']);
    const preconditions = {
      method: req.method ?? 'GET',
      ifNoneMatch: req.headers['if-none-match'],
      ifModifiedSince: req.headers['if-modified-since'],
    };
    if (notModified(preconditions, { etag: sent.etag, lastModified })) {
      const vary = page.headers.vary === undefined ? {} : { vary: page.headers.vary };
      const dated = lastModified === undefined ? {} : { 'last-modified': lastModified };
      res.writeHead(304, { etag: sent.etag, 'cache-control': page.headers['cache-control'], ...dated, ...vary, age, 'x-cache': outcome });
      res.end();
      return;
    }
    res.writeHead(200, answerHeaders(page, age, outcome, sent));
    res.end(req.method === 'HEAD' ? undefined : sent.body);
  }

  // A popular page is served thousands of times a second with the same Age: its headers are
  // built once per second (and per outcome and coding) rather than once per request.
  function answerHeaders(
    page: StoredPage,
    age: string,
    outcome: Outcome,
    sent: { encoding: Encoding | null; body: Buffer; etag: string },
  ): OutgoingHttpHeaders {
    const variant = `${outcome} ${sent.encoding ?? ''}`;
    page.hit ??= new Map();
    let kept = page.hit.get(variant);
    if (kept?.age !== age) {
      const headers: OutgoingHttpHeaders = { ...page.headers, age, 'x-cache': outcome };
      if (sent.encoding)
        Object.assign(headers, { 'content-encoding': sent.encoding, 'content-length': String(sent.body.length), etag: sent.etag });
      kept = { age, headers };
      page.hit.set(variant, kept);
    }
    return kept.headers;
  }

  async function renderOnce(key: string, req: IncomingMessage, res: ServerResponse, render: NodeHandler): Promise<void> {
    const { promise, resolve } = Promise.withResolvers<StoredPage | null>();
    inFlight.set(key, promise);
    let page: StoredPage | null = null;
    try {
      const answer = await renderHeld(req, res, render);
      if (!answer) return;
      if (mayStore(answer.status, answer.headers)) {
        page = keep(key, answer);
        serve(req, res, key, page, 'miss');
      } else sendAnswer(req, res, answer, settings.ttlMs);
    } finally {
      inFlight.delete(key);
      resolve(page);
    }
  }

  /**
   * Stale pages waiting for a background render, by key. When more pages go stale than can be
   * rendered at once, the one rendered longest ago goes next: taken in the order readers happen
   * to ask, some pages would wait past their stale time while others were rendered twice, and
   * each page dropped that way makes a reader wait for its render (the p99 of a site with many
   * pages in rotation then grew from run to run).
   */
  const waiting = new Map<string, { req: IncomingMessage; render: NodeHandler; storedAt: number }>();

  /**
   * Renders `req`'s page (stored under `key`, rendered at `storedAt`) again in the background, or
   * has it wait its turn when enough renders are under way; nothing when a render of it is.
   */
  function revalidate(key: string, req: IncomingMessage, render: NodeHandler, storedAt: number): void {
    if (inFlight.has(key)) return;
    if (revalidating < MAX_REVALIDATIONS) return renderInBackground(key, req, render);
    if (!waiting.has(key)) waiting.set(key, { req, render, storedAt });
  }

  /** Starts the waiting page rendered longest ago that is still stored, stale and not being rendered. */
  function startNextWaiting(): void {
    while (waiting.size > 0 && revalidating < MAX_REVALIDATIONS) {
      let oldest: string | undefined;
      let oldestAt = Number.POSITIVE_INFINITY;
      for (const [key, { storedAt }] of waiting) {
        if (storedAt < oldestAt) [oldest, oldestAt] = [key, storedAt];
      }
      const { req, render } = waiting.get(oldest!)!;
      waiting.delete(oldest!);
      const stored = store.get(oldest!);
      if (stored && !store.isFresh(stored) && !inFlight.has(oldest!)) renderInBackground(oldest!, req, render);
    }
  }

  /**
   * Renders `req`'s page again in the background and stores it. An answer that may not be stored
   * takes the stale page away when it says the page is gone or changed (a 404 for a deleted
   * article), and leaves it to be served out its stale time when the render failed (a 5xx while
   * the API is down).
   */
  function renderInBackground(key: string, req: IncomingMessage, render: NodeHandler): void {
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
      startNextWaiting();
    });
  }

  // Synchronous for a hit: a stored page is answered without allocating a promise.
  function handle(req: IncomingMessage, res: ServerResponse, render: NodeHandler): void | Promise<void> {
    if (!mayUseCache(req.method, req.headers, settings.bypassCookies)) return renderAndSend(req, res, render, settings.ttlMs);
    // Pages name their own address from the Host header when SITE_URL is unset, so it is part of the key.
    const key = `${req.headers.host ?? ''} ${req.url ?? '/'}`;
    const stored = store.get(key);
    if (stored) {
      if (store.isFresh(stored)) return serve(req, res, key, stored, 'hit');
      revalidate(key, req, render, stored.storedAt);
      return serve(req, res, key, stored, 'stale');
    }
    const pending = inFlight.get(key);
    if (pending) return afterPending(key, pending, req, res, render);
    return renderOnce(key, req, res, render);
  }

  async function afterPending(
    key: string,
    pending: Promise<StoredPage | null>,
    req: IncomingMessage,
    res: ServerResponse,
    render: NodeHandler,
  ): Promise<void> {
    const shared = await pending;
    if (shared) return serve(req, res, key, shared, 'hit');
    // The one render could not be shared (a 404, a cookie…): this reader gets their own.
    await renderAndSend(req, res, render, settings.ttlMs);
  }

  return { handle, store };
}
