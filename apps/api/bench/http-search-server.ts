/**
 * @module
 * The servers the HTTP search benchmark loads, in a process of their own so that the load
 * generator does not share their CPU: the API as `dateline serve` has it, over the database URL
 * given as argument, and a bare Hono app that answers every path with one search answer the API
 * gave (the ceiling: the same bytes over the same HTTP stack, with no work). Prints
 * `{"api":port,"bare":port}`, then answers on stdin:
 * - `cpu`: this process's CPU time so far, µs;
 * - `timings`: the path and server time of each API request since the last `timings`, ms (from
 *   the request reaching Hono to its answer being ready), and the response cache's counts.
 *
 * With `--uncached` the API's response cache keeps nothing, so every answer is made afresh (the
 * article benchmark's way to measure reads that miss).
 *
 * Usage: node bench/http-search-server.ts <database URL> [--uncached]
 */
import type { Server } from 'node:http';
import { createInterface } from 'node:readline';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../src/app.ts';
import { ResponseCache } from '../src/lib/response-cache.ts';
import { parseDatabaseUrl } from '../src/store/database-url.ts';
import { openStore } from '../src/store/open-store.ts';
import { withTurnRevisions } from '../src/store/turn-revisions.ts';

const [url, flag] = process.argv.slice(2);
if (!url) throw new Error('usage: node bench/http-search-server.ts <database URL>');
const store = await openStore(parseDatabaseUrl(url, { cwd: process.cwd(), defaultPath: 'bench.db' }));
await store.migrate();
const responseCache = new ResponseCache(flag === '--uncached' ? 0 : undefined);
const api = createApp({ store: withTurnRevisions(store), responseCache });

let timings: [path: string, ms: number][] = [];
// One answer of the API kept as the bare app's body: the first of a typical size.
let sample: Uint8Array<ArrayBuffer> = new TextEncoder().encode('{"items":[]}');
let sampled = false;
const timed = async (req: Request): Promise<Response> => {
  const t0 = performance.now();
  const res = await api.fetch(req);
  const path = req.url.slice(req.url.indexOf('/', 8));
  if (!sampled && res.status === 200) {
    const body = new Uint8Array(await res.arrayBuffer());
    timings.push([path, performance.now() - t0]);
    if (body.length >= 4096) {
      sample = body;
      sampled = true;
    }
    return new Response(body, res);
  }
  timings.push([path, performance.now() - t0]);
  return res;
};
const bare = new Hono().get('*', (c) => c.body(sample, 200, { 'Content-Type': 'application/json' }));

const listen = (fetch: (req: Request) => Response | Promise<Response>) =>
  new Promise<number>((resolve) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve(info.port));
    (server as Server).keepAliveTimeout = 60_000;
  });
process.on('SIGINT', () => process.exit(0));
const ports = { api: await listen(timed), bare: await listen(bare.fetch) };
console.log(JSON.stringify(ports));
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'cpu') {
    const { user, system } = process.cpuUsage();
    console.log(JSON.stringify({ cpu: user + system }));
  }
  if (line === 'timings') {
    console.log(JSON.stringify({ timings, cache: responseCache.stats() }));
    timings = [];
  }
}
await store.close();
