/**
 * @module
 * The API when its PostgreSQL server goes silent (packets dropped, or a hung host that keeps the
 * connections open and never answers), unlike an outage that refuses connections: readiness says
 * so within its own deadline, reads answer 503 with `Retry-After` instead of hanging, and once
 * the server answers again the same process serves again, over new connections.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createE2eDatabase, type E2eDatabase } from '../support/postgres.ts';
import { startApi, waitForOk, type Running } from '../support/processes.ts';
import { startStallingTcpProxy, type StallingTcpProxy } from '../support/stalling-tcp-proxy.ts';

/** Far longer than any deadline of the API: a request still unanswered by then has hung. */
const HUNG_MS = 20_000;

async function get(url: string) {
  const res = await fetch(url, { signal: AbortSignal.timeout(HUNG_MS) });
  return { status: res.status, type: res.headers.get('content-type'), retryAfter: res.headers.get('retry-after'), body: await res.text() };
}

describe('the API when its PostgreSQL server stops answering', () => {
  let db: E2eDatabase;
  let proxy: StallingTcpProxy;
  let api: Running;
  let slug: string;

  beforeAll(async () => {
    db = await createE2eDatabase();
    const direct = new URL(db.url);
    proxy = await startStallingTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const viaProxy = new URL(db.url);
    viaProxy.hostname = proxy.host;
    viaProxy.port = String(proxy.port);
    api = await startApi(viaProxy.toString(), ['--samples'], { LOG_LEVEL: 'error', ENRICH: 'off', DB_QUERY_TIMEOUT_MS: '1000' });
    const list = (await (await fetch(`${api.url}/v1/articles?limit=1`)).json()) as { items: { slug: string }[] };
    slug = list.items[0]!.slug;
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await proxy?.close();
    await db?.drop();
  });

  it('is not ready and answers reads with 503 and Retry-After while silent; then serves again', async () => {
    expect((await get(`${api.url}/v1/articles/${slug}`)).status).toBe(200);
    proxy.stall();

    const ready = await get(`${api.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.type).toBe('application/problem+json');
    expect((await get(`${api.url}/healthz`)).status).toBe(200);

    // Each read at least once on a stalled connection, and once more after the pool gave up on them.
    for (const path of [`/v1/articles/${slug}`, '/v1/articles', `/v1/articles/${slug}/comments`, `/v1/articles/${slug}`]) {
      const read = await get(`${api.url}${path}`);
      expect(read.status, `${path}: ${read.body}`).toBe(503);
      expect(read.type).toBe('application/problem+json');
      expect(read.retryAfter).toMatch(/^\d+$/);
      expect(read.body).not.toMatch(/postgres|dateline_e2e|SELECT|\bat \w+ \(|\.ts:\d+/i);
    }
    expect(api.child.exitCode).toBeNull();

    proxy.restore();
    await waitForOk(`${api.url}/readyz`, api.child);
    expect((await get(`${api.url}/v1/articles/${slug}`)).status).toBe(200);
    expect((await get(`${api.url}/v1/articles`)).status).toBe(200);
  });
});
