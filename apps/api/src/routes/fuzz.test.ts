/**
 * @module
 * Fuzzing every operation of `/openapi.json` with seeded random and malformed requests, on the
 * database of the test project (both run it): no request may get a 5xx, and `/healthz`, probed
 * all along, must answer within 100 ms. A failure prints its seed and request, to replay it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createLogger } from '../lib/logger.ts';
import { stopUntrustedWorkers } from '../services/untrusted/untrusted-pool.ts';
import type { Store } from '../store/store.ts';
import { addComment } from '../testing/comments.ts';
import { NOW, save, story, testStore } from '../testing/fixtures.ts';
import { type FuzzRequest, fuzzRequest, operationsOf, seeded } from '../testing/fuzz.ts';
import { bearer } from '../testing/tokens.ts';

/** Requests per run (per database); FUZZ_REQUESTS raises it for a longer hunt. */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_206);
const CONCURRENCY = 8;
const HEALTH_LIMIT_MS = 100;

let store: Store;
beforeAll(async () => {
  store = await testStore();
});
afterAll(async () => {
  await store.close();
  await stopUntrustedWorkers();
});

describe('fuzzing the API', () => {
  it(`answers ${REQUESTS.toLocaleString('en-GB')} random and malformed requests without a 5xx, /healthz within ${HEALTH_LIMIT_MS} ms throughout`, { timeout: 240_000 }, async () => {
    // The log's errors say what went wrong behind any 5xx.
    const errors: string[] = [];
    const logger = createLogger('error', { out: () => undefined, err: (line) => errors.push(line) });
    const app = createApp({ store, now: () => NOW, comments: { rateLimit: 0 }, logger });
    const slugs: string[] = [];
    for (let n = 1; n <= 3; n++) {
      const article = await save(store, story(n));
      slugs.push(article.slug);
      await addComment(store, article);
    }
    const tokens = [(await bearer(store, 'editor')).Authorization, (await bearer(store, 'admin')).Authorization, (await bearer(store, 'moderator')).Authorization].map((h) => h.replace(/^Bearer /, ''));
    const operations = operationsOf(await (await app.request('/openapi.json')).json());
    const random = seeded(SEED);
    // Warm the worker threads, so their start-up is not counted against /healthz.
    await app.request('/v1/articles', { method: 'POST', headers: { Authorization: `Bearer ${tokens[0]}`, 'Content-Type': 'text/plain' }, body: 'Warm-up\n\nA first story.' });

    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let sent = 0;
    const slowest: [number, string][] = [];
    const send = async (request: FuzzRequest) => {
      const began = performance.now();
      let status: number;
      try {
        const res = await app.request(`http://localhost${request.path}`, { method: request.method, headers: request.headers, ...(request.body !== undefined && { body: request.body }) });
        await res.arrayBuffer();
        status = res.status;
      } catch (err) {
        status = 599;
        failures.push(`${request.method} ${request.path}: threw ${err instanceof Error ? err.message : String(err)}`);
      }
      sent++;
      if (process.env.FUZZ_DEBUG) slowest.push([performance.now() - began, `${request.method} ${request.path.slice(0, 100)} ${request.headers['Content-Type'] ?? ''} ${String(request.body ?? '').slice(0, 60)}`]);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500 && failures.length < 20) failures.push(`${status} ${request.method} ${request.path.slice(0, 200)} ${JSON.stringify(request.headers)} ${String(request.body ?? '').slice(0, 200)}`);
    };

    let running = true;
    let slowestProbe = 0;
    let probes = 0;
    const probeTimes: number[] = [];
    const probing = (async () => {
      while (running) {
        const start = performance.now();
        const res = await app.request('/healthz');
        if (res.status !== 200) failures.push(`/healthz answered ${res.status}`);
        slowestProbe = Math.max(slowestProbe, performance.now() - start);
        probeTimes.push(performance.now() - start);
        probes++;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    const queue = Array.from({ length: REQUESTS }, () => fuzzRequest(random, random.pick(operations), tokens, slugs));
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let request = queue.shift(); request; request = queue.shift()) await send(request);
      }),
    );
    running = false;
    await probing;
    if (process.env.FUZZ_DEBUG) console.log(slowest.sort((a, b) => b[0] - a[0]).slice(0, 15), probeTimes.sort((a, b) => b - a).slice(0, 10));

    expect([...failures, ...errors.slice(0, 5)], `seed ${SEED}`).toEqual([]);
    expect(sent).toBe(REQUESTS);
    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
    expect(probes).toBeGreaterThan(10);
    expect(slowestProbe).toBeLessThan(HEALTH_LIMIT_MS);
  });
});
