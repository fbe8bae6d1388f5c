/**
 * @module
 * The API when its PostgreSQL database goes away under it (every connection cut, new ones
 * refused) and comes back: readiness says so, liveness does not, readers get problem documents
 * that give nothing away, and the same process serves again once the database is back. And an API
 * whose database cannot be reached at all refuses to start, saying why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createE2eDatabase, type E2eDatabase } from '../support/postgres.ts';
import { freePort, runCli, startApi, type Running } from '../support/processes.ts';

/** A probe or read that answers later than this is no use to a load balancer or a reader. */
const PROMPT_MS = 5000;

async function timed(url: string) {
  const started = performance.now();
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const body = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), body, ms: performance.now() - started };
}

describe('the API when its PostgreSQL database becomes unreachable', () => {
  let db: E2eDatabase;
  let api: Running;
  let slug: string;

  beforeAll(async () => {
    db = await createE2eDatabase();
    api = await startApi(db.url, ['--samples'], { LOG_LEVEL: 'warn' });
    const list = (await (await fetch(`${api.url}/v1/articles?limit=1`)).json()) as { items: { slug: string }[] };
    slug = list.items[0]!.slug;
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('is not ready, still alive, and answers reads with problem documents free of internals; then recovers', async () => {
    // Read once first, so a copy kept in memory would have to be served or dropped.
    expect((await fetch(`${api.url}/v1/articles/${slug}`)).status).toBe(200);
    await db.setReachable(false);

    const ready = await timed(`${api.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.type).toBe('application/problem+json');
    expect(JSON.parse(ready.body)).toMatchObject({ status: 503, detail: expect.any(String) });
    expect(ready.ms).toBeLessThan(PROMPT_MS);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);

    for (const path of [`/v1/articles/${slug}`, '/v1/articles', `/v1/articles/${slug}/comments`]) {
      const read = await timed(`${api.url}${path}`);
      expect([500, 503], `${path}: ${read.body}`).toContain(read.status);
      expect(read.type).toBe('application/problem+json');
      expect(read.ms).toBeLessThan(PROMPT_MS);
      expect(read.body).not.toMatch(/postgres|dateline_e2e|ECONN|allow connections|SELECT|\bat \w+ \(|\.ts:\d+/i);
    }
    expect(api.child.exitCode).toBeNull();

    await db.setReachable(true);
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await fetch(`${api.url}/readyz`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status, api.output()).toBe(200);
    expect((await fetch(`${api.url}/v1/articles/${slug}`)).status).toBe(200);
    expect((await fetch(`${api.url}/v1/articles`)).status).toBe(200);
    expect(api.child.exitCode).toBeNull();
  });

  it('refuses to start when the database cannot be reached, naming it without its password', async () => {
    const nobody = await freePort();
    const result = await runCli(['serve'], {
      DATABASE_URL: `postgres://postgres:hunter2-secret@127.0.0.1:${nobody}/dateline`,
      PORT: String(await freePort()),
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain(`Cannot connect to PostgreSQL at postgres://postgres:***@127.0.0.1:${nobody}/dateline`);
    expect(result.output).not.toContain('hunter2-secret');
  });
});
