/**
 * @module
 * The API's CPU time per uncached search over HTTP, this checkout against another, interleaved:
 * `node bench/http-search-cpu.ts <database URL> [--against <apps/api of another checkout>]
 * [--queries 4000] [--chunk 200] [--connections 4] [--load 20000]`.
 *
 * The database must hold stories loaded as the HTTP search benchmark loads them; with `--load`,
 * that many are imported first (into an empty database made for the purpose), so that later runs
 * reuse it. Starts bench/http-search-server.ts of each checkout over the database, warms each with
 * the benchmark's 300 warm-up searches, then sends the benchmark's measured searches (distinct,
 * each a cache miss) in chunks of `chunk`, every chunk to each server in turn, which goes first
 * alternating, so that a change in the machine's load weighs on both alike. Counts each server
 * process's CPU (`process.cpuUsage`, read by the server) and, on PostgreSQL, the CPU of the
 * database's server processes during the chunk (`/proc/<pid>/schedstat`: only one API is busy
 * at a time, and nothing else may use the database). Then the bare route of each server (the
 * ceiling, see bench/http-search-server.ts) serves 2,000 of the same paths. Prints per checkout
 * the CPU per search, the median of the chunks and the whole, the ceiling's CPU per request
 * and the share of it, and the server time of the measured searches (request in to answer ready,
 * p50/p99: wall time, which the machine's load inflates), with the load average.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { loadBbcDatabase } from './bbc-database.ts';
import { type BbcQuery, bbcQueries, loadBbc } from './bbc-stories.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    against: { type: 'string' },
    queries: { type: 'string', default: '4000' },
    chunk: { type: 'string', default: '200' },
    connections: { type: 'string', default: '4' },
    load: { type: 'string' },
  },
});
const url = positionals[0];
if (!url) {
  console.error(
    'usage: node bench/http-search-cpu.ts <database URL> [--against <apps/api directory>] [--queries 4000] [--chunk 200] [--connections 4] [--load 20000]',
  );
  process.exit(2);
}
const sources = loadBbc();
if (!sources) {
  console.error('http search cpu: the BBC texts of ../shared/corpus/text/bbc are not there');
  process.exit(2);
}
const count = Math.max(1, Number(values.queries) || 4000);
const chunk = Math.max(1, Number(values.chunk) || 200);
const connections = Math.max(1, Number(values.connections) || 4);

if (values.load) await loadBbcDatabase(url, sources, Number(values.load));

// As bench/http-search.ts draws them: its warm-up searches first, then the measured ones.
const WARM_UP = 300;
const pathOf = (x: BbcQuery) => `/v1/search?q=${encodeURIComponent(x.q)}${x.section ? `&section=${x.section}` : ''}&limit=20`;
const all = bbcQueries(sources, count + WARM_UP).map(pathOf);

/** The CPU time of the database's server processes so far, µs; 0 for SQLite. */
const admin = url.startsWith('sqlite:') ? null : postgres(url, { max: 1, onnotice: () => {} });
async function databaseCpuUs(): Promise<number> {
  if (!admin) return 0;
  const rows = await admin<
    { pid: number }[]
  >`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`;
  let us = 0;
  for (const { pid } of rows) {
    try {
      us += Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1000;
    } catch {
      // A process that ended between the list and the read.
    }
  }
  return us;
}

async function startServer(api: string) {
  const child = spawn(process.execPath, [resolve(api, 'bench/http-search-server.ts'), url!], {
    cwd: api,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse((await lines.next()).value as string) as Record<string, unknown>;
  const { api: port, bare } = (await next()) as { api: number; bare: number };
  return {
    port,
    bare,
    cpu: async () => {
      child.stdin.write('cpu\n');
      return (await next()).cpu as number;
    },
    /** Server time of each API request since the last call, ms. */
    times: async () => {
      child.stdin.write('timings\n');
      return ((await next()) as { timings: [string, number][] }).timings.map(([, ms]) => ms);
    },
    stop: async () => {
      child.stdin.end();
      child.kill('SIGINT');
      await once(child, 'exit');
    },
  };
}
type Server = Awaited<ReturnType<typeof startServer>>;

/** Each of `paths` once, `connections` at a time, to the API or the bare route; the API's and the database's CPU used, µs. */
async function send(server: Server, paths: string[], port = server.port) {
  let i = 0;
  const [api, db] = [await server.cpu(), await databaseCpuUs()];
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    amount: paths.length,
    timeout: 30,
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[i++ % paths.length] }) }],
  });
  if (result.non2xx + result.errors > 0) throw new Error(`${result.non2xx + result.errors} searches failed`);
  return { api: (await server.cpu()) - api, db: (await databaseCpuUs()) - db };
}

const checkouts: [string, string][] = [['this', fileURLToPath(new URL('..', import.meta.url))]];
if (values.against) checkouts.unshift(['against', resolve(values.against)]);
const servers: Server[] = [];
for (const [, api] of checkouts) servers.push(await startServer(api));
const perChunk = checkouts.map(() => [] as { api: number; db: number; n: number }[]);
/** The bare route's CPU per request, µs, by checkout: the ceiling the share is reckoned against. */
const ceiling: number[] = [];
/** Server times of the measured searches, ms, by checkout. */
const serverTimes: number[][] = [];
const loads: number[] = [loadavg()[0]!];
try {
  for (const server of servers) {
    await send(server, all.slice(0, WARM_UP));
    await server.times();
  }
  const measured = all.slice(WARM_UP);
  for (let k = 0; k * chunk < measured.length; k += 1) {
    const paths = measured.slice(k * chunk, (k + 1) * chunk);
    const order = servers.map((_, i) => i);
    if (k % 2 === 1) order.reverse();
    for (const i of order) perChunk[i]!.push({ ...(await send(servers[i]!, paths)), n: paths.length });
    loads.push(loadavg()[0]!);
  }
  for (const server of servers) serverTimes.push(await server.times());
  const some = measured.slice(0, Math.min(measured.length, 2000));
  for (const server of servers) ceiling.push((await send(server, some, server.bare)).api / some.length);
} finally {
  for (const server of servers) await server.stop();
  await admin?.end();
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? Number.NaN;
const median = (xs: number[]) => percentile(xs, 0.5);
const µs = (x: number) => `${Math.round(x).toLocaleString('en')} µs`;
console.log(
  `${count} distinct searches in chunks of ${chunk}, ${connections} connections; load average (1 min) ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)}`,
);
for (const [i, [name, api]] of checkouts.entries()) {
  const chunks = perChunk[i]!;
  const n = chunks.reduce((a, c) => a + c.n, 0);
  const sum = (f: (c: (typeof chunks)[number]) => number) => chunks.reduce((a, c) => a + f(c), 0) / n;
  const line =
    `${name.padEnd(8)} API CPU per search: median of chunks ${µs(median(chunks.map((c) => c.api / c.n)))}, all ${µs(sum((c) => c.api))}` +
    ` (ceiling ${µs(ceiling[i]!)} a request: ${((100 * ceiling[i]!) / sum((c) => c.api)).toFixed(1)}% of it)` +
    `; server time p50 ${percentile(serverTimes[i]!, 0.5).toFixed(2)} ms, p99 ${percentile(serverTimes[i]!, 0.99).toFixed(2)} ms`;
  console.log(
    admin
      ? `${line}; database server ${µs(median(chunks.map((c) => c.db / c.n)))}, all ${µs(sum((c) => c.db))}  (${api})`
      : `${line}  (${api})`,
  );
}
