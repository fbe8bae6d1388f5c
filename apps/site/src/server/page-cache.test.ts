import { afterEach, describe, expect, it } from 'vitest';
import { startTestSite, type TestSite } from './test-site.ts';

let site: TestSite;
afterEach(() => site?.close());

const page = (text: string) => `<!doctype html><title>${text}</title><p>${text}</p>`;

describe('page cache', () => {
  it('serves a page again without rendering it, until the time to live has passed', async () => {
    site = await startTestSite({ cache: { ttlMs: 5000 } });
    site.pages.set('/articles/ferry', { body: page('Ferry returns') });

    const first = await fetch(`${site.url}/articles/ferry`);
    expect(await first.text()).toBe(page('Ferry returns'));
    site.pages.set('/articles/ferry', { body: page('Ferry returns (corrected)') });
    site.advance(4999);
    const second = await fetch(`${site.url}/articles/ferry`);
    expect(await second.text()).toBe(page('Ferry returns'));
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('age')).toBe('4');
    expect(site.renders.total).toBe(1);

    site.advance(1);
    const third = await fetch(`${site.url}/articles/ferry`);
    expect(await third.text()).toBe(page('Ferry returns (corrected)'));
    expect(third.headers.get('etag')).not.toBe(first.headers.get('etag'));
    expect(site.renders.total).toBe(2);
  });

  it('tells browsers and CDNs how long they may keep a page, with its ETag and length', async () => {
    site = await startTestSite({ cache: { ttlMs: 10_000 } });
    site.pages.set('/', { body: page('Front page') });
    const res = await fetch(`${site.url}/`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=10, stale-while-revalidate=10');
    expect(res.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(page('Front page'))));
  });

  it('keeps a Cache-Control the page chose', async () => {
    site = await startTestSite();
    site.pages.set('/rss.xml', { headers: { 'Cache-Control': 'public, s-maxage=300' }, body: '<rss/>' });
    await fetch(`${site.url}/rss.xml`);
    const res = await fetch(`${site.url}/rss.xml`);
    expect(res.headers.get('cache-control')).toBe('public, s-maxage=300');
    expect(site.renders.total).toBe(1);
  });

  it('answers 304 to an If-None-Match naming the stored page, from the cache or a fresh render', async () => {
    site = await startTestSite();
    site.pages.set('/articles/ferry', { body: page('Ferry returns') });
    const fresh = await fetch(`${site.url}/articles/ferry`, { headers: { 'if-none-match': '"old"' } });
    expect(fresh.status).toBe(200);
    const etag = fresh.headers.get('etag')!;

    const cached = await fetch(`${site.url}/articles/ferry`, { headers: { 'if-none-match': `"other", ${etag}` } });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe('');
    expect(cached.headers.get('etag')).toBe(etag);
    expect(site.renders.total).toBe(1);

    site.advance(5000);
    const rerendered = await fetch(`${site.url}/articles/ferry`, { headers: { 'if-none-match': etag } });
    expect(rerendered.status).toBe(304);
    expect(site.renders.total).toBe(2);
  });

  it('answers If-Modified-Since against the Last-Modified a page set, If-None-Match deciding when both are sent', async () => {
    const modified = 'Fri, 08 May 2026 09:30:15 GMT';
    for (const cache of [{}, null]) {
      site = await startTestSite({ cache });
      site.pages.set('/sections/travel', { headers: { 'last-modified': modified }, body: page('Travel') });
      const full = await fetch(`${site.url}/sections/travel`);
      expect([full.status, full.headers.get('last-modified')]).toEqual([200, modified]);
      const since = (value: string, extra: Record<string, string> = {}) =>
        fetch(`${site.url}/sections/travel`, { headers: { 'if-modified-since': value, ...extra } });

      const unchanged = await since(modified);
      expect([unchanged.status, await unchanged.text(), unchanged.headers.get('last-modified')], `cache ${JSON.stringify(cache)}`).toEqual([
        304,
        '',
        modified,
      ]);
      expect(unchanged.headers.get('cache-control')).toBe(full.headers.get('cache-control'));
      expect((await since('Sat, 09 May 2026 00:00:00 GMT')).status).toBe(304);
      expect((await since('Fri, 08 May 2026 09:30:14 GMT')).status).toBe(200);
      expect((await since('not a date')).status).toBe(200);
      expect((await since(modified, { 'if-none-match': '"something else"' })).status).toBe(200);
      const head = await fetch(`${site.url}/sections/travel`, { method: 'HEAD', headers: { 'if-modified-since': modified } });
      expect([head.status, head.headers.get('last-modified')]).toEqual([304, modified]);
      await site.close();
    }
  });

  it('gives no 304 to an answer that sets a cookie, which the 304 would drop', async () => {
    site = await startTestSite();
    const modified = 'Fri, 08 May 2026 09:30:15 GMT';
    site.pages.set('/articles/ferry', {
      headers: { 'last-modified': modified, 'set-cookie': 'held=; Max-Age=0; Path=/' },
      body: page('Ferry'),
    });
    const res = await fetch(`${site.url}/articles/ferry`, { headers: { 'if-modified-since': modified, cookie: 'held=abc' } });
    expect([res.status, res.headers.get('set-cookie')]).toEqual([200, 'held=; Max-Age=0; Path=/']);
  });

  it('gives no 304 by date to a page without a Last-Modified', async () => {
    site = await startTestSite();
    site.pages.set('/search', { body: page('Results') });
    expect((await fetch(`${site.url}/search`, { headers: { 'if-modified-since': 'Sat, 09 May 2099 00:00:00 GMT' } })).status).toBe(200);
  });

  it('answers HEAD from the cache with the headers and no body', async () => {
    site = await startTestSite();
    site.pages.set('/', { body: page('Front page') });
    const get = await fetch(`${site.url}/`);
    const head = await fetch(`${site.url}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
    expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
    expect(await head.text()).toBe('');
    expect(site.renders.total).toBe(1);
  });

  it('keys pages by path and query', async () => {
    site = await startTestSite();
    site.pages.set('/search', { body: page('Results') });
    await fetch(`${site.url}/search?q=ferry`);
    await fetch(`${site.url}/search?q=harbour`);
    await fetch(`${site.url}/search?q=ferry`);
    expect(site.renders.byUrl.get('/search?q=ferry')).toBe(1);
    expect(site.renders.byUrl.get('/search?q=harbour')).toBe(1);
  });
});

describe('what the page cache never keeps', () => {
  const twice = async (path: string, init?: RequestInit) => {
    const a = await fetch(`${site.url}${path}`, init);
    await a.arrayBuffer();
    const b = await fetch(`${site.url}${path}`, init);
    await b.arrayBuffer();
    return [a, b] as const;
  };

  it('an answer that sets a cookie, passed on with its cookie to each reader', async () => {
    site = await startTestSite();
    site.pages.set('/articles/ferry', { headers: { 'set-cookie': 'flash=posted; Path=/; HttpOnly' }, body: page('Thanks') });
    const [, second] = await twice('/articles/ferry');
    expect(second.headers.get('set-cookie')).toBe('flash=posted; Path=/; HttpOnly');
    expect(second.headers.get('cache-control')).toBe('private, no-cache');
    expect(site.renders.total).toBe(2);
  });

  it.each([
    [404, {}],
    [503, { 'cache-control': 'no-store', 'retry-after': '30' }],
    [200, { 'cache-control': 'private' }],
    [200, { 'Cache-Control': 'no-cache' }],
    [200, { vary: 'Cookie' }],
  ])('a %i answer with %o', async (status, headers) => {
    site = await startTestSite();
    site.pages.set('/p', { status, headers, body: page('Page') });
    const [first, second] = await twice('/p');
    expect(second.status).toBe(status);
    expect(first.headers.get('etag')).toBeNull();
    expect(site.renders.total).toBe(2);
  });

  it('a POST, which is rendered every time and does not disturb the stored page', async () => {
    site = await startTestSite();
    site.pages.set('/articles/ferry', { body: page('Ferry returns') });
    await (await fetch(`${site.url}/articles/ferry`)).text();
    site.pages.set('/articles/ferry/comments', { body: page('Comment posted') });
    for (const _ of [1, 2]) {
      const posted = await fetch(`${site.url}/articles/ferry/comments`, { method: 'POST', body: 'body=Hi' });
      expect(await posted.text()).toBe(page('Comment posted'));
    }
    expect(site.renders.total).toBe(3);
    expect(await (await fetch(`${site.url}/articles/ferry`)).text()).toBe(page('Ferry returns'));
  });

  it('a request with a cookie: its reader sees the page as it is now', async () => {
    site = await startTestSite();
    site.pages.set('/articles/ferry', { body: page('No comments yet') });
    await (await fetch(`${site.url}/articles/ferry`)).text();
    site.pages.set('/articles/ferry', { body: page('One comment') });

    const author = await fetch(`${site.url}/articles/ferry`, { headers: { cookie: 'flash=comment-posted' } });
    expect(await author.text()).toBe(page('One comment'));
    expect(author.headers.get('cache-control')).toBe('private, no-cache');
    const other = await fetch(`${site.url}/articles/ferry`);
    expect(await other.text()).toBe(page('No comments yet'));
  });

  it('with named bypass cookies, only those send a request past the cache', async () => {
    site = await startTestSite({ cache: { bypassCookies: new Set(['dateline-flash']) } });
    site.pages.set('/', { body: page('Front page') });
    await twice('/', { headers: { cookie: 'theme=dark' } });
    expect(site.renders.total).toBe(1);
    await twice('/', { headers: { cookie: 'theme=dark; dateline-flash=posted' } });
    expect(site.renders.total).toBe(3);
  });

  it('a request with credentials', async () => {
    site = await startTestSite();
    site.pages.set('/', { body: page('Front page') });
    await twice('/', { headers: { authorization: 'Bearer x' } });
    expect(site.renders.total).toBe(2);
  });
});

describe('page cache limits', () => {
  it('drops the least recently used pages once the stored bytes pass the limit', async () => {
    const body = 'x'.repeat(10_000);
    // Room for two of these pages (each counts its body, key and some overhead), not three.
    site = await startTestSite({ cache: { maxBytes: 25_000 } });
    for (const path of ['/a', '/b', '/c']) site.pages.set(path, { body });
    const get = async (path: string) => (await fetch(`${site.url}${path}`)).arrayBuffer();

    await get('/a');
    await get('/b');
    await get('/a'); // /a is now the more recently used
    await get('/c'); // evicts /b
    expect(site.site.cache!.store.size).toBe(2);
    expect(site.site.cache!.store.bytes).toBeLessThanOrEqual(25_000);
    await get('/a');
    await get('/b');
    expect(site.renders.byUrl.get('/a')).toBe(1);
    expect(site.renders.byUrl.get('/b')).toBe(2);
  });

  it('renders a page once for many readers asking for it at the same time', async () => {
    site = await startTestSite();
    site.pages.set('/articles/ferry', { body: page('Ferry returns') });
    const readers = 50;
    const { promise: gate, resolve: open } = Promise.withResolvers<void>();
    site.gate = gate;
    let arrived = 0;
    site.site.server.on('request', () => {
      arrived += 1;
      if (arrived === readers) open();
    });
    const bodies = await Promise.all(Array.from({ length: readers }, async () => (await fetch(`${site.url}/articles/ferry`)).text()));
    expect(new Set(bodies)).toEqual(new Set([page('Ferry returns')]));
    expect(site.renders.total).toBe(1);
  });

  it('renders for each waiting reader when the one render cannot be shared', async () => {
    site = await startTestSite();
    site.pages.set('/p', { headers: { 'set-cookie': 'a=1' }, body: page('Personal') });
    const readers = 5;
    const { promise: gate, resolve: open } = Promise.withResolvers<void>();
    site.gate = gate;
    let arrived = 0;
    site.site.server.on('request', () => {
      arrived += 1;
      if (arrived === readers) open();
    });
    const answers = await Promise.all(Array.from({ length: readers }, () => fetch(`${site.url}/p`)));
    expect(answers.map((res) => res.headers.get('set-cookie'))).toEqual(Array(readers).fill('a=1'));
    expect(site.renders.total).toBe(readers);
  });

  it('when off, renders every request, with no ETag and no caching by others', async () => {
    site = await startTestSite({ cache: null });
    site.pages.set('/', { body: page('Front page') });
    const res = await fetch(`${site.url}/`);
    await res.text();
    await (await fetch(`${site.url}/`)).text();
    expect(res.headers.get('etag')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(site.renders.total).toBe(2);
  });
});

describe('pages past their time to live', () => {
  const get = async (path: string) => {
    const res = await fetch(`${site.url}${path}`);
    return { body: await res.text(), status: res.status, cache: res.headers.get('x-cache') };
  };
  const rendersOf = (path: string) => site.renders.byUrl.get(path) ?? 0;
  const until = async (done: () => boolean) => {
    for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
    expect(done()).toBe(true);
  };

  it('are served stale to every reader while one render in the background replaces them', async () => {
    site = await startTestSite({ cache: { ttlMs: 5000, staleMs: 30_000 } });
    site.pages.set('/articles/ferry', { body: page('Ferry returns') });
    await get('/articles/ferry');
    site.pages.set('/articles/ferry', { body: page('Ferry returns (corrected)') });
    site.advance(5000);
    const { promise: gate, resolve: open } = Promise.withResolvers<void>();
    site.gate = gate;
    const readers = await Promise.all(Array.from({ length: 10 }, () => get('/articles/ferry')));
    expect(readers).toEqual(Array(10).fill({ body: page('Ferry returns'), status: 200, cache: 'stale' }));
    expect(rendersOf('/articles/ferry')).toBe(2);
    open();
    await until(
      () => site.site.cache!.store.get(`${new URL(site.url).host} /articles/ferry`)?.body.toString() === page('Ferry returns (corrected)'),
    );
    expect(await get('/articles/ferry')).toEqual({ body: page('Ferry returns (corrected)'), status: 200, cache: 'hit' });
    expect(rendersOf('/articles/ferry')).toBe(2);
  });

  it('make a reader wait for a new render once past their stale time too', async () => {
    site = await startTestSite({ cache: { ttlMs: 5000, staleMs: 30_000 } });
    site.pages.set('/', { body: page('Morning') });
    await get('/');
    site.pages.set('/', { body: page('Evening') });
    site.advance(35_000);
    expect(await get('/')).toEqual({ body: page('Evening'), status: 200, cache: 'miss' });
  });

  it('are dropped when the new render says they are gone, and kept stale when it fails', async () => {
    site = await startTestSite({ cache: { ttlMs: 5000, staleMs: 30_000 } });
    site.pages.set('/articles/gone', { body: page('Soon deleted') });
    site.pages.set('/articles/kept', { body: page('Kept') });
    await get('/articles/gone');
    await get('/articles/kept');
    site.pages.delete('/articles/gone');
    site.pages.set('/articles/kept', { status: 503, headers: { 'cache-control': 'no-store' }, body: 'API down' });
    site.advance(5000);
    expect((await get('/articles/gone')).cache).toBe('stale');
    expect((await get('/articles/kept')).cache).toBe('stale');
    await until(() => rendersOf('/articles/gone') === 2 && rendersOf('/articles/kept') === 2);
    await new Promise((r) => setTimeout(r, 20));
    expect((await get('/articles/gone')).status).toBe(404);
    expect(await get('/articles/kept')).toEqual({ body: page('Kept'), status: 200, cache: 'stale' });
  });

  it('are rendered again a few at a time when many go stale together, the one rendered longest ago next', async () => {
    site = await startTestSite({ cache: { ttlMs: 5000, staleMs: 30_000 } });
    const paths = ['/a', '/b', '/c', '/d', '/e'];
    for (const path of paths) {
      site.pages.set(path, { body: page(path) });
      await get(path);
      site.advance(100);
    }
    site.advance(5000);
    const { promise: gate, resolve: open } = Promise.withResolvers<void>();
    site.gate = gate;
    for (const path of paths.toReversed()) expect((await get(path)).cache).toBe('stale');
    expect(site.renders.total).toBe(paths.length + 2);
    open();
    await until(() => paths.every((path) => rendersOf(path) === 2));
    // The first two asked for were rendered at once; the others waited, and went oldest first.
    expect(site.renders.order.slice(paths.length)).toEqual(['/e', '/d', '/a', '/b', '/c']);
    for (const path of paths) expect(await get(path)).toEqual({ body: page(path), status: 200, cache: 'hit' });
  });

  it('expire spread over the last fifth of the time to live', async () => {
    site = await startTestSite({ cache: { ttlMs: 5000, staleMs: 30_000 }, expirySpread: () => 1 });
    site.pages.set('/', { body: page('Front page') });
    await get('/');
    site.advance(3999);
    expect((await get('/')).cache).toBe('hit');
    site.advance(1);
    expect((await get('/')).cache).toBe('stale');
  });
});
