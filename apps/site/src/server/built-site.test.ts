/**
 * The built site (`server.mjs` over dist/) in its own process, in front of a stand-in API: the
 * page cache with Astro's real answers. Skipped until `astro build` has run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article } from '../test/fixtures.ts';
import { deadApiUrl, type StubApi, startStubApi } from '../test/stub-api.ts';

const siteDir = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(`${siteDir}dist/server/entry.mjs`);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startSite(apiUrl: string, env: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['server.mjs'], {
    cwd: siteDir,
    env: { ...process.env, API_URL: apiUrl, HOST: '127.0.0.1', PORT: String(port), PAGE_CACHE_TTL_MS: '60000', ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server.mjs exited with ${code}`)));
    child.stdout!.once('data', () => resolve());
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

const stop = (child: ChildProcess | undefined) =>
  new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

describe.skipIf(!built)('the built site server (skipped: run `astro build` first)', () => {
  let api: StubApi;
  let site: { url: string; child: ChildProcess };
  let downSite: { url: string; child: ChildProcess };

  beforeAll(async () => {
    api = await startStubApi({ articles: [article] });
    [site, downSite] = await Promise.all([startSite(api.url), startSite(await deadApiUrl())]);
  }, 30_000);

  afterAll(async () => {
    await Promise.all([stop(site?.child), stop(downSite?.child)]);
    await api?.close();
  });

  it('renders an article once and serves it again from the cache, 304 when unchanged', async () => {
    const path = `/articles/${article.slug}`;
    const first = await fetch(`${site.url}${path}`);
    const html = await first.text();
    expect(first.status).toBe(200);
    expect(html).toContain(article.headline);
    const asked = api.requests.filter((url) => url.startsWith(`/v1/articles/${article.slug}`)).length;
    // The article, its comments and its related articles in one answer.
    expect(asked).toBe(1);

    const second = await fetch(`${site.url}${path}`);
    expect(await second.text()).toBe(html);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('cache-control')).toMatch(/^public, .*s-maxage=60\b/);
    const revalidated = await fetch(`${site.url}${path}`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(revalidated.status).toBe(304);
    expect(api.requests.filter((url) => url.startsWith(`/v1/articles/${article.slug}`)).length).toBe(asked);
  });

  it('does not keep a missing page', async () => {
    const first = await fetch(`${site.url}/articles/no-such-story`);
    await first.text();
    const before = api.requests.length;
    const second = await fetch(`${site.url}/articles/no-such-story`);
    await second.text();
    expect([first.status, second.status]).toEqual([404, 404]);
    expect(second.headers.get('etag')).toBeNull();
    expect(api.requests.length).toBeGreaterThan(before);
  });

  it('does not keep the outage page: 503 with no-store', async () => {
    const res = await fetch(`${downSite.url}/`);
    expect(await res.text()).toContain('<html');
    expect(res.status).toBe(503);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('etag')).toBeNull();
  });

  it('serves the built client files with their media types', async () => {
    const res = await fetch(`${site.url}/samples/ferry.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
  });
});

describe.skipIf(!built)('the built site server past a page’s time to live (skipped: run `astro build` first)', () => {
  const articles = [article];
  let api: StubApi;
  let site: { url: string; child: ChildProcess };

  beforeAll(async () => {
    api = await startStubApi({ articles });
    site = await startSite(api.url, { PAGE_CACHE_TTL_MS: '100', PAGE_CACHE_STALE_MS: '60000' });
  }, 30_000);

  afterAll(async () => {
    await stop(site?.child);
    await api?.close();
  });

  it('serves the stored article while Astro renders the changed one in the background', async () => {
    const path = `/articles/${article.slug}`;
    expect(await (await fetch(`${site.url}${path}`)).text()).toContain(article.headline);
    articles[0] = { ...article, headline: 'Ferry timetable changed again' };
    await new Promise((r) => setTimeout(r, 150));
    const stale = await fetch(`${site.url}${path}`);
    expect(stale.headers.get('x-cache')).toBe('stale');
    expect(await stale.text()).toContain(article.headline);
    let html = '';
    for (let i = 0; i < 100 && !html.includes('Ferry timetable changed again'); i++) {
      await new Promise((r) => setTimeout(r, 20));
      html = await (await fetch(`${site.url}${path}`)).text();
    }
    expect(html).toContain('Ferry timetable changed again');
  });
});
