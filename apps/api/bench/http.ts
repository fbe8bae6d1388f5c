/**
 * @module
 * HTTP benchmark: `node bench/http.ts` (part of `npm run bench`). Loads the API over SQLite with
 * 1,000 articles and, in the same run, a bare Hono app serving the same bytes from memory, with
 * autocannon on loopback (50 connections, BENCH_SECONDS per server, default 10), for one article by slug
 * (rotating over all 1,000), the listing, and search when the route exists. Prints requests per
 * second, p50/p99 latency, the server's memory, and the API's throughput as a share of the bare
 * route's. Target: at least 70% with p99 at most 10 ms for the article route.
 *
 * Each server's time is split into two runs in the order bare, API, API, bare, so that a change in
 * the machine's load during the benchmark weighs on both alike; requests per second are totals
 * over both runs, p50 their mean and p99 the worse of the two. On a busy machine throughput and
 * latency move with the load; the server's CPU time per request does not, so it is printed too,
 * with the share the bare route's CPU cost is of the API's (the throughput share an otherwise idle
 * CPU would allow).
 *
 * The article route runs a second time with `Accept-Encoding: br` (each article compressed once,
 * when first asked for, then served from the cache compressed), and the bytes an article takes
 * in each coding are printed.
 *
 * Options: --log also writes the production request log (JSON, to a sink that drops it).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { importArticle } from '../src/services/articles.ts';
import { openSqliteStore } from '../src/store/sqlite/store.ts';
import { benchArticle } from './http-data.ts';

const ARTICLES = 1000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const log = process.argv.includes('--log');

interface Scenario {
  name: string;
  paths: string[];
  headers?: Record<string, string>;
}

interface Measured {
  rps: number;
  /** Server CPU time per request, µs. */
  cpuUs: number;
  p50: number;
  p99: number;
  rssMb: number;
  non2xx: number;
}

async function seed(path: string): Promise<void> {
  const store = openSqliteStore(path);
  await store.migrate();
  const epoch = Date.now() - 60_000;
  for (let n = 0; n < ARTICLES; n += 1) await importArticle(store, benchArticle(n, epoch));
  await store.close();
}

/** One autocannon run of `seconds` over `paths` in turn. */
async function load(
  port: number,
  paths: string[],
  seconds: number,
  headers: Record<string, string> = {},
): Promise<Omit<Measured, 'rssMb'>> {
  let i = 0;
  const cpuBefore = await cpu();
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    headers,
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[i++ % paths.length] }) }],
  });
  const cpuUs = (await cpu()) - cpuBefore;
  return {
    rps: result.requests.average,
    cpuUs: cpuUs / result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
  };
}

/** Two runs as one figure (see the module comment). */
function combine(a: Omit<Measured, 'rssMb'>, b: Omit<Measured, 'rssMb'>) {
  return {
    rps: (a.rps + b.rps) / 2,
    cpuUs: (a.cpuUs + b.cpuUs) / 2,
    p50: (a.p50 + b.p50) / 2,
    p99: Math.max(a.p99, b.p99),
    non2xx: a.non2xx + b.non2xx,
  };
}

let cpu: () => Promise<number> = async () => 0;

/** The size of an answer's body as sent with `coding` asked for (fetch would decompress it). */
function bytesSent(port: number, path: string, coding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': coding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve(bytes));
    })
      .on('error', reject)
      .end();
  });
}

const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-http-'));
try {
  const db = join(dir, 'bench.db');
  await seed(db);
  const script = fileURLToPath(new URL('./http-server.ts', import.meta.url));
  const child = spawn(process.execPath, [script, db, ...(log ? ['--log'] : [])], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => JSON.parse((await lines.next()).value as string) as Record<string, number>;
  const ports = await next();
  cpu = async () => {
    child.stdin!.write('cpu\n');
    return (await next()).cpu ?? 0;
  };
  const rssMb = async () => {
    child.stdin!.write('memory\n');
    return Math.round(((await next()).rss ?? 0) / 1e6);
  };

  const articlePaths = Array.from({ length: ARTICLES }, (_, n) => `/v1/articles/bench-story-${n}`);
  const scenarios: Scenario[] = [
    { name: 'GET /v1/articles/{slug}', paths: articlePaths },
    { name: 'GET /v1/articles/{slug}, Accept-Encoding: br', paths: articlePaths, headers: { 'accept-encoding': 'br' } },
    {
      name: 'GET /v1/articles (listing)',
      paths: ['/v1/articles?limit=20', '/v1/articles?limit=20&section=local', '/v1/articles?limit=20&tag=topic-3'],
    },
  ];
  if ((await fetch(`http://127.0.0.1:${ports.api}/v1/search?q=harbour`)).status === 200) {
    scenarios.push({
      name: 'GET /v1/search',
      paths: ['harbour', 'ferry timetable', 'council budget', 'bridge repair', 'tram'].map((q) => `/v1/search?q=${encodeURIComponent(q)}`),
    });
  } else console.log('search: SKIPPED, GET /v1/search does not answer 200 in this build');

  console.log(`${ARTICLES} articles, SQLite, ${CONNECTIONS} connections, ${SECONDS} s per run${log ? ', request log on' : ''}\n`);
  const rows: string[] = [];
  for (const scenario of scenarios) {
    // Warm both: the API's response cache and the bare app's copy of every body.
    for (const path of scenario.paths) {
      for (const port of [ports.api, ports.bare])
        await (await fetch(`http://127.0.0.1:${port}${path}`, { headers: scenario.headers ?? {} })).arrayBuffer();
    }
    const half = SECONDS / 2;
    const bare1 = await load(ports.bare!, scenario.paths, half);
    const api1 = await load(ports.api!, scenario.paths, half, scenario.headers);
    const api2 = await load(ports.api!, scenario.paths, half, scenario.headers);
    const apiRss = await rssMb();
    const bare2 = await load(ports.bare!, scenario.paths, half);
    const api = { ...combine(api1, api2), rssMb: apiRss };
    const bare = { ...combine(bare1, bare2), rssMb: await rssMb() };
    const share = api.rps / bare.rps;
    const cpuShare = bare.cpuUs / api.cpuUs;
    const row = (label: string, m: Measured) =>
      `  ${label.padEnd(5)} ${m.rps.toFixed(0).padStart(7)} req/s  p50 ${String(m.p50).padStart(4)} ms  p99 ${String(m.p99).padStart(4)} ms  ` +
      `cpu ${m.cpuUs.toFixed(0).padStart(5)} µs/req  rss ${m.rssMb} MB${m.non2xx ? `  (${m.non2xx} non-2xx/errors)` : ''}`;
    rows.push(
      `${scenario.name}\n${row('api', api)}\n${row('bare', bare)}\n  api/bare throughput ${(share * 100).toFixed(0)}%, by CPU per request ${(cpuShare * 100).toFixed(0)}%`,
    );
    console.log(rows.at(-1));
    if (scenario.name === 'GET /v1/articles/{slug}') {
      const ok = share >= 0.7 && api.p99 <= 10;
      console.log(`  target (>= 70% of bare, p99 <= 10 ms): ${ok ? 'met' : 'NOT met'}\n`);
    } else console.log('');
  }
  const sizes = await Promise.all(['identity', 'br', 'zstd', 'gzip'].map((coding) => bytesSent(ports.api!, articlePaths[0]!, coding)));
  console.log(
    `bytes of an article as sent: ${['identity', 'br', 'zstd', 'gzip'].map((coding, i) => `${coding} ${sizes[i]}${i > 0 ? ` (${((1 - sizes[i]! / sizes[0]!) * 100).toFixed(0)}% saved)` : ''}`).join(', ')}`,
  );
  child.stdin!.end();
  child.kill();
  await once(child, 'exit');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
