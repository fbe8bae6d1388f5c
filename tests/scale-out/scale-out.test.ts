/**
 * @module
 * Scale-out on PostgreSQL: two API processes and two site processes on one fresh database, with a
 * round-robin balancer in front of each pair, checked for what a newsroom would notice: a safe
 * start, tokens and writes that count everywhere, no stale copies, shared cursors, imports run
 * twice at once, and a bounded load without an error.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBalancer, type Balancer } from '../support/balancer.ts';
import { inventArticle, writeInventedArticles } from '../support/invented-articles.ts';
import { runLoad } from '../support/load.ts';
import { repoRoot } from '../support/paths.ts';
import { createE2eDatabase, type E2eDatabase } from '../support/postgres.ts';
import { runCli, startApi, startSite, type Running } from '../support/processes.ts';
import { editorToken, getJson, listAll, sendArticle } from '../support/api-calls.ts';

const PAGE_CACHE_TTL_MS = 1000;
const SAMPLE_COUNT = readdirSync(join(repoRoot, 'apps/api/samples')).filter((f) => f.endsWith('.md')).length;

describe('two APIs and two sites sharing one PostgreSQL database', () => {
  let db: E2eDatabase;
  let api1: Running;
  let api2: Running;
  let site1: Running;
  let site2: Running;
  let apis: Balancer;
  let sites: Balancer;
  let token: string;

  beforeAll(async () => {
    db = await createE2eDatabase();
    // Both replicas start at once on the empty database, both asked to load the samples.
    const env = { COMMENT_RATE_LIMIT: '0', LOG_LEVEL: 'warn' };
    [api1, api2] = await Promise.all([startApi(db.url, ['--samples'], env), startApi(db.url, ['--samples'], env)]);
    token = await editorToken(db.url);
    const siteEnv = { env: { PAGE_CACHE_TTL_MS: String(PAGE_CACHE_TTL_MS) } };
    [site1, site2] = await Promise.all([startSite(api1.url, siteEnv), startSite(api2.url, siteEnv)]);
    apis = await startBalancer([api1.url, api2.url]);
    sites = await startBalancer([site1.url, site2.url]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([apis?.close(), sites?.close()]);
    await Promise.all([site1?.stop(), site2?.stop(), api1?.stop(), api2?.stop()]);
    await db?.drop();
  });

  it('starts both APIs at once on an empty database: migrated once, one schema version, samples stored once', async () => {
    for (const api of [api1, api2]) {
      expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
      expect(api.output()).not.toMatch(/error|failed|duplicate key/i);
    }
    const versions = await db.sql<{ version: number }[]>`SELECT version FROM schema_migrations ORDER BY version`;
    expect(versions.map((v) => v.version)).toEqual(versions.map((_, i) => i + 1));
    const migrate = await runCli(['migrate'], { DATABASE_URL: db.url });
    expect(migrate.output).toMatch(new RegExp(`schema version ${versions.length} \\(already up to date\\)`));
    expect((await listAll(api2.url)).length).toBe(SAMPLE_COUNT);
  });

  it('accepts an editor token made by the CLI on both APIs, and refuses a made-up one on both', async () => {
    for (const [i, api] of [api1, api2].entries()) {
      const draft = inventArticle(100 + i, 'token');
      expect((await sendArticle(api.url, 'POST', '/v1/articles', draft.markdown, 'not-a-real-token')).status).toBe(401);
      const res = await sendArticle(api.url, 'POST', '/v1/articles', draft.markdown, token);
      expect(res.status, await res.clone().text()).toBe(201);
    }
  });

  it('shows an article created through API #1 at once on API #2 and through the balancer', async () => {
    const story = inventArticle(1, 'desk');
    // Asked for first, so anything API #2 or the balancer might keep is already there.
    expect((await fetch(`${api2.url}/v1/articles/${story.slug}`)).status).toBe(404);
    const before = await getJson<{ total: number }>(`${api2.url}/v1/articles`);
    expect((await sendArticle(api1.url, 'POST', '/v1/articles', story.markdown, token)).status).toBe(201);

    expect((await getJson<{ headline: string }>(`${api2.url}/v1/articles/${story.slug}`)).headline).toBe(story.headline);
    const after = await getJson<{ total: number; items: { slug: string }[] }>(`${api2.url}/v1/articles`);
    expect(after.total).toBe(before.total + 1);
    expect(after.items.map((a) => a.slug)).toContain(story.slug);
    for (let i = 0; i < 2; i++) {
      expect((await getJson<{ headline: string }>(`${apis.url}/v1/articles/${story.slug}`)).headline).toBe(story.headline);
    }
  });

  it('shows an update made through API #2 on API #1 at once, with no stale cached copy', async () => {
    const story = inventArticle(2, 'desk');
    expect((await sendArticle(api1.url, 'POST', '/v1/articles', story.markdown, token)).status).toBe(201);
    const url = `${api1.url}/v1/articles/${story.slug}`;
    await fetch(url);
    const warm = await fetch(url);
    const etag = warm.headers.get('etag') ?? '';
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);

    const patch = JSON.stringify({ headline: 'Correction: the spring season starts a week later' });
    const patched = await fetch(`${api2.url}/v1/articles/${story.slug}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/merge-patch+json' },
      body: patch,
    });
    expect(patched.status, await patched.clone().text()).toBe(200);

    const fresh = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(fresh.status).toBe(200);
    expect(((await fresh.json()) as { headline: string }).headline).toBe('Correction: the spring season starts a week later');
    const listing = await getJson<{ items: { slug: string; headline: string }[] }>(`${api1.url}/v1/articles?limit=100`);
    expect(listing.items.find((a) => a.slug === story.slug)?.headline).toBe('Correction: the spring season starts a week later');
  });

  it('follows a listing cursor issued by API #1 on API #2, page after page, with nothing repeated or missed', async () => {
    const everything = await listAll(api1.url);
    const first = await getJson<{ items: { slug: string }[]; nextCursor: string }>(`${api1.url}/v1/articles?limit=2`);
    const onTwo = await getJson(`${api2.url}/v1/articles?limit=2&cursor=${first.nextCursor}`);
    const onOne = await getJson(`${api1.url}/v1/articles?limit=2&cursor=${first.nextCursor}`);
    expect(onTwo).toEqual(onOne);
    // Alternating APIs page by page, as a reader behind the balancer would.
    expect(await listAll(apis.url, 2)).toEqual(everything);
    expect(new Set(everything).size).toBe(everything.length);
  });

  it(`shows a comment posted through one site on the other within the page cache's ${PAGE_CACHE_TTL_MS} ms`, async () => {
    const story = inventArticle(3, 'desk');
    expect((await sendArticle(api1.url, 'POST', '/v1/articles', story.markdown, token)).status).toBe(201);
    const page = `${site2.url}/articles/${story.slug}`;
    const comment = 'The north side of the river has waited long enough for this.';
    expect(await (await fetch(page)).text()).not.toContain(comment);

    const posted = await fetch(`${site1.url}/articles/${story.slug}/comments`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site1.url },
      body: new URLSearchParams({ authorName: 'Ada Brennan', body: comment, email: '', website: '' }),
    });
    expect(posted.status).toBe(303);
    const postedAt = Date.now();
    let seen = false;
    while (!seen && Date.now() - postedAt < PAGE_CACHE_TTL_MS + 5000) {
      seen = (await (await fetch(page)).text()).includes(comment);
      if (!seen) await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen).toBe(true);
    // Generous for a loaded machine, yet far short of the default five seconds of cache.
    expect(Date.now() - postedAt).toBeLessThan(PAGE_CACHE_TTL_MS + 3000);
  });

  it('stores each article once when the same folder is imported into the shared database twice at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-wire-'));
    try {
      const written = writeInventedArticles(dir, 40, 'wire');
      const before = (await listAll(api1.url)).length;
      const runs = await Promise.all([runCli(['import', dir], { DATABASE_URL: db.url }), runCli(['import', dir], { DATABASE_URL: db.url })]);
      for (const run of runs) expect(run.code, run.output).toBe(0);
      const slugs = await listAll(api2.url, 100);
      expect(slugs.length).toBe(before + written.length);
      for (const article of written) expect(slugs.filter((s) => s === article.slug)).toEqual([article.slug]);
      const [dupes] = await db.sql<{ n: number }[]>`
        SELECT count(*)::int AS n FROM (SELECT document->>'headline' FROM articles GROUP BY 1 HAVING count(*) > 1) d`;
      expect(dupes?.n).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers 2,000 requests over 50 connections through the balancers without an error', async () => {
    const [slug] = await listAll(api1.url);
    const result = await runLoad({
      urls: [`${sites.url}/`, `${sites.url}/articles/${slug}`, `${apis.url}/v1/articles`, `${apis.url}/v1/articles/${slug}`],
      requests: 2000,
      connections: 50,
      maxSeconds: 60,
    });
    console.info(`load: ${result.sent} requests in ${result.seconds.toFixed(1)} s, p50 ${result.p50} ms, p99 ${result.p99} ms`);
    expect(result.errors).toEqual([]);
    expect(result.statuses).toEqual({ 200: 2000 });
    for (const balancer of [apis, sites]) expect(Math.min(...balancer.counts)).toBeGreaterThan(0);
  });
});
