/**
 * @module
 * The site when its API fails: stopped (connections refused) or stalled (connections accepted,
 * nothing or half an answer sent). Readers must get a clear 503 page quickly, never a hang, and
 * the site must come back by itself once the API does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type Running } from '../support/processes.ts';
import { startApiAt, startSiteAt } from '../support/servers.ts';
import { startStallingUpstream, type StallingUpstream } from '../support/stalling-upstream.ts';

/** What the requirement allows a reader to wait for the outage page. */
const OUTAGE_ANSWER_MS = 5000;

/** Fetches `url` and reports how long the whole answer took. */
async function timed(url: string): Promise<{ status: number; headers: Headers; body: string; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const body = await res.text();
  return { status: res.status, headers: res.headers, body, ms: performance.now() - started };
}

function expectOutagePage(answer: Awaited<ReturnType<typeof timed>>): void {
  expect(answer.status).toBe(503);
  expect(answer.ms).toBeLessThan(OUTAGE_ANSWER_MS);
  expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(answer.headers.get('cache-control')).toBe('no-store');
  expect(answer.body).toContain('Temporarily unavailable');
  expect(answer.body).not.toMatch(/ECONNREFUSED|fetch failed|TimeoutError|127\.0\.0\.1:\d+|\bat \w+ \(/);
}

describe('the site with its API stopped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-faults-'));
  const databaseUrl = `sqlite:${join(dir, 'dateline.db')}`;
  let apiPort: number;
  let api: Running | undefined;
  let site: Running;
  let articlePath: string;

  beforeAll(async () => {
    apiPort = await freePort();
    api = await startApiAt(apiPort, databaseUrl, {}, ['--samples']);
    // No stale time: a page past its time to live is rendered for the reader, who sees the outage.
    site = await startSiteAt(await freePort(), api.url, { PAGE_CACHE_TTL_MS: '200', PAGE_CACHE_STALE_MS: '0' });
    const list = (await (await fetch(`${api.url}/v1/articles?limit=1`)).json()) as { items: { slug: string }[] };
    articlePath = `/articles/${list.items[0]!.slug}`;
    for (const path of ['/', articlePath]) expect((await fetch(`${site.url}${path}`)).status).toBe(200);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([site?.stop(), api?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a clear 503 page within 5 s on the front and article pages, and recovers by itself', async () => {
    await api!.stop();
    api = undefined;
    // Let the pages rendered while the API was up leave the page cache.
    await new Promise((r) => setTimeout(r, 300));
    for (const path of ['/', articlePath]) expectOutagePage(await timed(`${site.url}${path}`));

    api = await startApiAt(apiPort, databaseUrl);
    const deadline = Date.now() + 10_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await fetch(`${site.url}/`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    expect((await fetch(`${site.url}${articlePath}`)).status).toBe(200);
    expect(site.child.exitCode).toBeNull();
  });
});

describe('the site with an API that accepts requests and never answers', () => {
  const API_TIMEOUT_MS = 1000;
  let stalled: StallingUpstream;
  let site: Running;

  beforeAll(async () => {
    stalled = await startStallingUpstream('silent');
    site = await startSiteAt(await freePort(), stalled.url, { API_TIMEOUT_MS: String(API_TIMEOUT_MS), PAGE_CACHE: 'off' });
  }, 60_000);

  afterAll(async () => {
    await site?.stop();
    await stalled?.close();
  });

  it(`answers 503 within its ${API_TIMEOUT_MS} ms API timeout, for many readers at once`, async () => {
    const paths = Array.from({ length: 20 }, (_, i) => (i % 2 ? '/' : `/articles/story-${i}`));
    const answers = await Promise.all(paths.map((path) => timed(`${site.url}${path}`)));
    for (const answer of answers) expectOutagePage(answer);
    expect(stalled.requests).toBeGreaterThanOrEqual(paths.length);
  });

  it('answers 503 when the API sends headers and half a body, then nothing', async () => {
    stalled.mode = 'mid-body';
    for (const path of ['/', '/articles/half-sent']) expectOutagePage(await timed(`${site.url}${path}`));
    expect(site.child.exitCode).toBeNull();
  });
});

describe('the site with its API stopped, within its pages’ stale time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-faults-'));
  let api: Running | undefined;
  let site: Running;

  beforeAll(async () => {
    api = await startApiAt(await freePort(), `sqlite:${join(dir, 'dateline.db')}`, {}, ['--samples']);
    site = await startSiteAt(await freePort(), api.url, { PAGE_CACHE_TTL_MS: '200', PAGE_CACHE_STALE_MS: '60000' });
    expect((await fetch(`${site.url}/`)).status).toBe(200);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([site?.stop(), api?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('goes on serving the pages it has while the API is down', async () => {
    const before = await (await fetch(`${site.url}/`)).text();
    await api!.stop();
    api = undefined;
    await new Promise((r) => setTimeout(r, 300));
    for (let i = 0; i < 3; i += 1) {
      const res = await fetch(`${site.url}/`);
      expect([res.status, res.headers.get('x-cache')]).toEqual([200, 'stale']);
      expect(await res.text()).toBe(before);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
});
