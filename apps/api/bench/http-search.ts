/**
 * @module
 * Searches over HTTP as readers make them, every one a cache miss: `node bench/http-search.ts
 * [--count 100000] [--queries 10000] [--connections 4] [--skip-sqlite] [--skip-postgres]` (part
 * of `npm run bench`; needs ../shared for the BBC texts, else it says so and stops).
 *
 * Loads `count` stories made from the BBC texts (see bbc-stories.ts) into a fresh SQLite file and
 * a fresh PostgreSQL database, the same stories in both, then for each starts the API in a
 * process of its own and sends `queries` distinct searches drawn from the texts, each once, so the
 * response cache can never answer (its hit count is printed to show it). Before them, a separate
 * set of warm-up searches warms the database's own caches. Prints, per database: searches a
 * second, the server time of each search (request in to answer ready, p50/p99) and the server's
 * CPU time per search, beside a bare Hono route serving one of the same answers from memory in
 * the same run, the ceiling. The share of the ceiling is by CPU time per request: how many
 * uncached searches one core serves against how many requests it could serve at all.
 * Targets: server time p50 ≤ 3 ms and p99 ≤ 20 ms on each database; at least 30% of the ceiling
 * on SQLite and 15% on PostgreSQL.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openStore } from '../src/store/open-store.ts';
import { parseDatabaseUrl } from '../src/store/database-url.ts';
import { withBenchDatabase } from './bench-postgres.ts';
import { BBC_QUERY_KINDS, type BbcQuery, bbcQueries, bbcStory, loadBbc } from './bbc-stories.ts';
import { importArticles } from './search-measure.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '10000' },
    connections: { type: 'string', default: '4' },
    'skip-sqlite': { type: 'boolean', default: false },
    'skip-postgres': { type: 'boolean', default: false },
  },
});
const count = Math.max(1, Number(values.count) || 100_000);
const queryCount = Math.max(1, Number(values.queries) || 10_000);
const connections = Math.max(1, Number(values.connections) || 4);
const WARM_UP = 300;
/** How long one statement of the import may take, ms. */
const IMPORT_TIMEOUT_MS = 600_000;

const sources = loadBbc();
if (!sources) {
  console.log('http search benchmark: SKIPPED, the BBC texts of ../shared/corpus/text/bbc are not there');
  process.exit(0);
}
const all = bbcQueries(sources, queryCount + WARM_UP);
const warmUp = all.slice(0, WARM_UP);
const queries = all.slice(WARM_UP);
const pathOf = (x: BbcQuery) => `/v1/search?q=${encodeURIComponent(x.q)}${x.section ? `&section=${x.section}` : ''}&limit=20`;

interface Run {
  /** Requests a second, wall clock, with `connections` at once. */
  rps: number;
  /** Server CPU time per request, µs. */
  cpuUs: number;
  non2xx: number;
}

interface Figures {
  importRate: number;
  api: Run;
  bare: Run;
  serverP50: number;
  serverP99: number;
  byKind: Map<string, { p50: number; p99: number }>;
  cacheHits: number;
  cacheMisses: number;
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
};

async function startServer(url: string) {
  const script = fileURLToPath(new URL('./http-search-server.ts', import.meta.url));
  const child = spawn(process.execPath, [script, url], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => JSON.parse((await lines.next()).value as string) as Record<string, unknown>;
  const ports = (await next()) as { api: number; bare: number };
  const ask = async (command: string) => {
    child.stdin!.write(`${command}\n`);
    return next();
  };
  return {
    ports,
    cpu: async () => (await ask('cpu')).cpu as number,
    timings: async () => (await ask('timings')) as { timings: [string, number][]; cache: { hits: number; misses: number } },
    stop: async () => {
      child.stdin!.end();
      // SIGINT lets the server exit on its own, so a profile it was started with (NODE_OPTIONS=--cpu-prof) is written.
      child.kill('SIGINT');
      await once(child, 'exit');
    },
  };
}

/**
 * Each of `paths` once, `connections` at a time; with `seconds`, over and over for that long
 * instead (autocannon ends a run on a whole second, which a short one would be mostly made of).
 */
async function load(server: Awaited<ReturnType<typeof startServer>>, port: number, paths: string[], seconds?: number): Promise<Run> {
  let i = 0;
  const before = await server.cpu();
  const started = performance.now();
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    ...(seconds === undefined ? { amount: paths.length } : { duration: seconds }),
    timeout: 30,
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[i++ % paths.length] }) }],
  });
  // autocannon's own start and finish are kept to the second: too coarse for a short run.
  const elapsed = (performance.now() - started) / 1000;
  const cpuUs = (await server.cpu()) - before;
  return { rps: result.requests.total / elapsed, cpuUs: cpuUs / result.requests.total, non2xx: result.non2xx + result.errors };
}

async function measure(url: string, label: string, afterImport?: () => Promise<void>): Promise<Figures> {
  // A batch of 1,000 stories into a big archive on a busy machine takes longer than the API's
  // statement timeout, which is for a reader's request.
  const store = await openStore({
    ...parseDatabaseUrl(url, { cwd: process.cwd(), defaultPath: 'bench.db' }),
    queryTimeoutMs: IMPORT_TIMEOUT_MS,
  });
  await store.migrate();
  const imported = await importArticles(store, (n) => bbcStory(sources!, n), {
    count,
    batch: 1000,
    onProgress: (done) => process.stderr.isTTY && process.stderr.write(`\r${label}: ${done}/${count}`),
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  await store.close();
  await afterImport?.();
  const server = await startServer(url);
  try {
    await load(server, server.ports.api, warmUp.map(pathOf));
    await server.timings();
    const api = await load(server, server.ports.api, queries.map(pathOf));
    const { timings, cache } = await server.timings();
    const bare = await load(server, server.ports.bare, queries.map(pathOf), 5);
    const kindOf = new Map(queries.map((x) => [pathOf(x), x.kind]));
    const byKind = new Map(
      BBC_QUERY_KINDS.map(([kind]) => {
        const mine = timings.filter(([path]) => kindOf.get(path) === kind).map(([, t]) => t);
        return [kind, { p50: percentile(mine, 0.5), p99: percentile(mine, 0.99) }];
      }),
    );
    const times = timings.map(([, t]) => t);
    return {
      importRate: (imported.count / imported.storeMs) * 1000,
      api,
      bare,
      serverP50: percentile(times, 0.5),
      serverP99: percentile(times, 0.99),
      byKind,
      cacheHits: cache.hits,
      cacheMisses: cache.misses,
    };
  } finally {
    await server.stop();
  }
}

const results: Record<string, Figures> = {};
if (!values['skip-sqlite']) {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-http-search-'));
  try {
    results.SQLite = await measure(`sqlite:${join(dir, 'bench.db')}`, 'SQLite');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (!values['skip-postgres']) {
  try {
    const figures = await withBenchDatabase((db) => measure(db.url, 'PostgreSQL', db.vacuum));
    if (figures) results.PostgreSQL = figures;
  } catch (err) {
    // SQLite's figures are still worth printing; the run fails all the same.
    console.log(`PostgreSQL: FAILED (${(err as Error).message})`);
    process.exitCode = 1;
  }
}

const names = Object.keys(results);
const ms = (x: number) => `${x.toFixed(2)} ms`;
const n0 = (x: number) => Math.round(x).toLocaleString('en');
const share = (f: Figures) => f.bare.cpuUs / f.api.cpuUs;
console.log(
  `\nHTTP search benchmark: ${n0(count)} stories from the BBC texts, ${n0(queries.length)} distinct searches each sent once ` +
    `(${WARM_UP} others first to warm the database), ${connections} connections; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${availableParallelism()} CPUs`,
);
const rows: [string, (f: Figures) => string][] = [
  ['import rate (store writes)', (f) => `${n0(f.importRate)}/s`],
  [
    'response cache hits / misses',
    (f) => `${f.cacheHits} / ${f.cacheMisses} (${((100 * f.cacheHits) / Math.max(1, f.cacheHits + f.cacheMisses)).toFixed(1)}% hits)`,
  ],
  ['server time p50 / p99', (f) => `${ms(f.serverP50)} / ${ms(f.serverP99)}`],
  ['searches/s (wall)', (f) => `${n0(f.api.rps)}${f.api.non2xx ? ` (${f.api.non2xx} non-2xx/errors)` : ''}`],
  ['server CPU per search', (f) => `${n0(f.api.cpuUs)} µs`],
  ['ceiling: bare route req/s', (f) => n0(f.bare.rps)],
  ['ceiling: CPU per request', (f) => `${n0(f.bare.cpuUs)} µs`],
  ['share of the ceiling (CPU)', (f) => `${(share(f) * 100).toFixed(1)}%`],
];
console.log(['', ...names].map((s, i) => (i === 0 ? s.padEnd(32) : s.padEnd(40))).join(''));
for (const [label, show] of rows) console.log([label.padEnd(32), ...names.map((n) => show(results[n]!).padEnd(40))].join(''));
console.log('\nserver time p50 / p99 by kind of query (share of the mix)');
for (const [kind, weight] of BBC_QUERY_KINDS) {
  const cells = names.map((n) => {
    const f = results[n]!.byKind.get(kind);
    return (f ? `${ms(f.p50)} / ${ms(f.p99)}` : '-').padEnd(40);
  });
  console.log([`${kind} (${weight * 5}%)`.padEnd(32), ...cells].join(''));
}
const targets: [string, number][] = [
  ['SQLite', 0.3],
  ['PostgreSQL', 0.15],
];
for (const [name, least] of targets) {
  const f = results[name];
  if (!f) continue;
  console.log(`${f.serverP50 <= 3 ? 'met' : 'MISSED'}: ${name} server time p50 ≤ 3 ms (${ms(f.serverP50)})`);
  console.log(`${f.serverP99 <= 20 ? 'met' : 'MISSED'}: ${name} server time p99 ≤ 20 ms (${ms(f.serverP99)})`);
  console.log(
    `${share(f) >= least ? 'met' : 'MISSED'}: ${name} uncached searches ≥ ${least * 100}% of the ceiling (${(share(f) * 100).toFixed(1)}%)`,
  );
}
