/**
 * @module
 * The servers the HTTP benchmark loads, in a process of their own so that the load generator does
 * not share their CPU: the API over the SQLite file given as argument, and a bare Hono app that
 * answers the same paths with the same bytes from memory (captured from the API on its first
 * request for a path, so warm it first). Prints `{"api":port,"bare":port}`, then answers `memory`
 * on stdin with its resident set size in bytes, and `cpu` with its CPU time so far in µs.
 *
 * Usage: node bench/http-server.ts <database file> [--log]
 */
import type { Server } from 'node:http';
import { createInterface } from 'node:readline';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../src/app.ts';
import { createLogger } from '../src/lib/logger.ts';
import { openSqliteStore } from '../src/store/sqlite/store.ts';
import { withTurnRevisions } from '../src/store/turn-revisions.ts';

const [path, flag] = process.argv.slice(2);
if (!path) throw new Error('usage: node bench/http-server.ts <database file> [--log]');
const store = openSqliteStore(path);
await store.migrate();
// --log: the production request log (one JSON line per request), written to a sink that drops it.
const logger = flag === '--log' ? createLogger('info', { out: () => {}, err: () => {} }, 'json') : undefined;
// As `dateline serve` has it.
const api = createApp({ store: withTurnRevisions(store), ...(logger && { logger }) });

// The bare app serves whatever the API answered for a path, captured once as bytes (as the API's
// cache keeps them): the same bytes, and no work at all.
const bodies = new Map<string, Uint8Array<ArrayBuffer>>();
const bare = new Hono().get('*', async (c) => {
  const url = c.req.path + (c.req.url.includes('?') ? `?${c.req.url.split('?')[1]}` : '');
  let body = bodies.get(url);
  if (body === undefined) {
    body = new Uint8Array(await (await api.request(url)).arrayBuffer());
    bodies.set(url, body);
  }
  return c.body(body, 200, { 'Content-Type': 'application/json' });
});

const listen = (fetch: (req: Request) => Response | Promise<Response>) =>
  new Promise<number>((resolve) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve(info.port));
    (server as Server).keepAliveTimeout = 60_000;
  });
// Exit normally on SIGINT, so that --cpu-prof can write its profile.
process.on('SIGINT', () => process.exit(0));
const ports = { api: await listen(api.fetch), bare: await listen(bare.fetch) };
console.log(JSON.stringify(ports));
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'memory') console.log(JSON.stringify({ rss: process.memoryUsage().rss }));
  if (line === 'cpu') {
    const { user, system } = process.cpuUsage();
    console.log(JSON.stringify({ cpu: user + system }));
  }
}
