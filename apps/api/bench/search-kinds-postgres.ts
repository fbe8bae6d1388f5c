/**
 * @module
 * Where PostgreSQL's search time goes, by kind of query, for the HTTP search benchmark's real
 * queries (bench/http-search.ts), and the same searches by another version of the search module
 * interleaved with this one: `node bench/search-kinds-postgres.ts <database URL> [--queries 2000]
 * [--load 20000] [--against <another checkout>/apps/api/src/store/postgres/article-search.ts]`.
 *
 * With `--load`, first migrates the database and imports that many BBC stories as the HTTP
 * benchmark does (an empty database made for the purpose: a 100,000-story load takes about ten
 * minutes on two busy cores), so that later runs reuse it. Then sends each search to the store's
 * `searchStoredPage` over one connection, the variants in turn, which goes first alternating from
 * one query to the next (the first warms the caches for the second), and counts CPU: this
 * process's (`process.cpuUsage`) and the connection's server process's (`/proc/<pid>/schedstat`),
 * so waiting for a core on a loaded machine is not counted. Prints p50/p99/mean by kind of query
 * and by how the page was made (at most 20 matches, ranked, newest first), and how many answers
 * differ between the variants (they must not).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openPool, type Sql } from '../src/store/postgres/connection.ts';
import type { SearchOptions } from '../src/store/search-store.ts';
import { loadBbcDatabase } from './bbc-database.ts';
import { BBC_QUERY_KINDS, bbcQueries, loadBbc } from './bbc-stories.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { queries: { type: 'string', default: '2000' }, load: { type: 'string' }, against: { type: 'string' } },
});
const url = positionals[0];
const sources = loadBbc();
if (!url || !sources) {
  console.error(
    url
      ? 'search kinds: the BBC texts of ../shared/corpus/text/bbc are not there'
      : 'usage: node bench/search-kinds-postgres.ts <database URL> [--queries 2000] [--load 20000] [--against <file>]',
  );
  process.exit(2);
}
/** What each variant is asked: the search module's own entry point. */
type Search = (sql: Sql, text: string, options: SearchOptions) => Promise<{ total: number; totalExact: boolean }>;
const module = async (path: string) => ((await import(path)) as { searchStoredPage: Search }).searchStoredPage;
const variants: [string, Search][] = [['this', await module('../src/store/postgres/article-search.ts')]];
if (values.against) variants.unshift(['against', await module(resolve(values.against))]);

if (values.load) await loadBbcDatabase(url, sources, Number(values.load));
const pool = openPool(url, { poolSize: 1, queryTimeoutMs: 60_000 });
const [backend] = await pool<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
const serverCpuUs = () => Number(readFileSync(`/proc/${backend!.pid}/schedstat`, 'utf8').split(' ')[0]) / 1000;

// The benchmark's measured searches: those after its 300 warm-up searches.
const queries = bbcQueries(sources, Number(values.queries) + 300).slice(300);
const now = new Date('2026-12-06T00:00:00Z');
const ask = (search: Search, x: (typeof queries)[number]) => search(pool, x.q, { limit: 20, now, section: x.section });
for (const x of queries.slice(0, 100)) for (const [, search] of variants) await ask(search, x);

interface Timed {
  kind: string;
  way: string;
  cpuUs: number;
  serverUs: number;
}
const timed = new Map<string, Timed[]>(variants.map(([name]) => [name, []]));
let differing = 0;
for (const [i, x] of queries.entries()) {
  const answers = new Set<string>();
  for (const [name, search] of i % 2 === 0 ? variants : [...variants].reverse()) {
    const [cpu, server] = [process.cpuUsage(), serverCpuUs()];
    const page = await ask(search, x);
    const used = process.cpuUsage(cpu);
    const serverUs = serverCpuUs() - server;
    const way = page.total <= 20 ? 'at most 20' : page.totalExact && page.total <= 1000 ? 'ranked' : 'newest first';
    timed.get(name)!.push({ kind: x.kind, way, cpuUs: used.user + used.system + serverUs, serverUs });
    answers.add(JSON.stringify(page));
  }
  if (answers.size > 1) differing += 1;
}
await pool.end();

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? Number.NaN;
const ms = (us: number) => (us / 1000).toFixed(2);
console.log(
  `${queries.length} searches; load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log('CPU per search, API + server, ms: p50 / p99 / mean (server alone p50 / p99)');
for (const [name, rows] of timed) {
  const groups: [string, Timed[]][] = [
    ['all', rows],
    ...BBC_QUERY_KINDS.map(([kind]): [string, Timed[]] => [kind, rows.filter((r) => r.kind === kind)]),
    ...['at most 20', 'ranked', 'newest first'].map((way): [string, Timed[]] => [way, rows.filter((r) => r.way === way)]),
  ];
  for (const [label, group] of groups) {
    const cpu = group.map((r) => r.cpuUs);
    const server = group.map((r) => r.serverUs);
    const mean = cpu.reduce((a, b) => a + b, 0) / Math.max(1, cpu.length);
    console.log(
      `${name.padEnd(8)} ${label.padEnd(15)} ${String(group.length).padStart(5)}  ${ms(percentile(cpu, 0.5))} / ${ms(percentile(cpu, 0.99))} / ${ms(mean)}  (${ms(percentile(server, 0.5))} / ${ms(percentile(server, 0.99))})`,
    );
  }
}
if (variants.length > 1) console.log(`answers differing between the variants: ${differing} of ${queries.length}`);
