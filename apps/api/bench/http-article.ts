/**
 * @module
 * Uncached article reads over HTTP on both databases: `node bench/http-article.ts [--count 1000]
 * [--seconds 5] [--connections 4]` (part of `npm run bench`).
 *
 * Loads the same `count` articles (http-data.ts) into a fresh SQLite file and a fresh PostgreSQL
 * database, then starts the API over each in a process of its own with a response cache that
 * keeps nothing, so every `GET /v1/articles/{slug}` (rotating over all the articles) reads the
 * database, and loads each with autocannon for `seconds`, in two halves in the order SQLite,
 * PostgreSQL, PostgreSQL, SQLite so that a change in the machine's load weighs on both. Prints
 * requests a second, the server time of each request (request in to answer ready, p50/p99) and
 * the API process's CPU time per request, and PostgreSQL's server processes' beside it (read from
 * /proc when the server runs on this machine), with the share of reads per core that follows.
 * Target: PostgreSQL serves at least 60% of SQLite's requests a second in the same run.
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
import { parseDatabaseUrl } from '../src/store/database-url.ts';
import { openStore } from '../src/store/open-store.ts';
import { withBenchDatabase } from './bench-postgres.ts';
import { benchArticle } from './http-data.ts';
import { importArticles } from './search-measure.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '4' },
  },
});
const count = Math.max(1, Number(values.count) || 1000);
const seconds = Math.max(1, Number(values.seconds) || 5);
const connections = Math.max(1, Number(values.connections) || 4);
const paths = Array.from({ length: count }, (_, n) => `/v1/articles/bench-story-${n}`);

interface Figures {
  rps: number;
  cpuUs: number;
  /** The database server's CPU time per request (PostgreSQL's processes; 0 for SQLite, which runs in the API's). */
  serverCpuUs: number;
  p50: number;
  p99: number;
  non2xx: number;
  hits: number;
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
};

/** A database loaded with the articles, and the API over it in a process of its own. */
async function prepare(url: string, afterImport?: () => Promise<void>, serverCpuUs: () => Promise<number> = async () => 0) {
  const store = await openStore(parseDatabaseUrl(url, { cwd: process.cwd(), defaultPath: 'bench.db' }));
  await store.migrate();
  const epoch = Date.now() - 60_000;
  await importArticles(store, (n) => benchArticle(n, epoch), { count, batch: 500 });
  await store.close();
  await afterImport?.();
  const script = fileURLToPath(new URL('./http-search-server.ts', import.meta.url));
  const child = spawn(process.execPath, [script, url, '--uncached'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => JSON.parse((await lines.next()).value as string) as Record<string, unknown>;
  const ask = async (command: string) => {
    child.stdin!.write(`${command}\n`);
    return next();
  };
  const { api } = (await next()) as { api: number };
  return {
    /** Loads the API for `duration` seconds; requests, and the API's CPU time, µs. */
    run: async (duration: number) => {
      let i = 0;
      const before = (await ask('cpu')).cpu as number;
      const serverBefore = await serverCpuUs();
      const result = await autocannon({
        url: `http://127.0.0.1:${api}`,
        connections,
        duration,
        requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[i++ % paths.length] }) }],
      });
      const cpuUs = ((await ask('cpu')).cpu as number) - before;
      return {
        requests: result.requests.total,
        seconds: duration,
        cpuUs,
        serverCpuUs: (await serverCpuUs()) - serverBefore,
        non2xx: result.non2xx + result.errors,
      };
    },
    timings: async () => (await ask('timings')) as { timings: [string, number][]; cache: { hits: number } },
    stop: async () => {
      child.stdin!.end();
      child.kill();
      await once(child, 'exit');
    },
  };
}

type Server = Awaited<ReturnType<typeof prepare>>;
type Load = Awaited<ReturnType<Server['run']>>;

/** The runs of one server as figures. */
async function figures(server: Server, runs: Load[]): Promise<Figures> {
  const { timings, cache } = await server.timings();
  const times = timings.map(([, t]) => t);
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  return {
    rps: requests / runs.reduce((n, r) => n + r.seconds, 0),
    cpuUs: runs.reduce((n, r) => n + r.cpuUs, 0) / requests,
    serverCpuUs: runs.reduce((n, r) => n + r.serverCpuUs, 0) / requests,
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    hits: cache.hits,
  };
}

const results: Record<string, Figures> = {};
const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-http-article-'));
try {
  const sqlite = await prepare(`sqlite:${join(dir, 'bench.db')}`);
  try {
    const done = await withBenchDatabase(async (db) => {
      // NaN when the server's processes cannot be read (not on this machine): no per-core share then.
      const pg = await prepare(db.url, db.vacuum, async () => ((await db.serverCpuMs()) ?? Number.NaN) * 1000);
      try {
        // A first pass warms each database's caches and each server's code; then the runs go
        // SQLite, PostgreSQL, PostgreSQL, SQLite, so a change in the machine's load weighs on both.
        for (const server of [sqlite, pg]) {
          await server.run(1);
          await server.timings();
        }
        const half = Math.max(1, Math.round(seconds / 2));
        const s1 = await sqlite.run(half);
        const p1 = await pg.run(half);
        const p2 = await pg.run(half);
        const s2 = await sqlite.run(half);
        results.SQLite = await figures(sqlite, [s1, s2]);
        results.PostgreSQL = await figures(pg, [p1, p2]);
      } finally {
        await pg.stop();
      }
      return true;
    });
    if (!done) {
      await sqlite.run(1);
      await sqlite.timings();
      results.SQLite = await figures(sqlite, [await sqlite.run(seconds)]);
    }
  } finally {
    await sqlite.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const n0 = (x: number) => Math.round(x).toLocaleString('en');
console.log(
  `\nUncached GET /v1/articles/{slug}: ${n0(count)} articles, ${connections} connections, ${seconds} s each; ` +
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${availableParallelism()} CPUs`,
);
for (const [name, f] of Object.entries(results)) {
  console.log(
    `  ${name.padEnd(11)} ${n0(f.rps).padStart(6)} req/s  server p50 ${f.p50.toFixed(2)} ms  p99 ${f.p99.toFixed(2)} ms  ` +
      `API CPU ${n0(f.cpuUs)} µs/req${f.serverCpuUs ? ` + server ${n0(f.serverCpuUs)}` : ''}  cache hits ${f.hits}${f.non2xx ? `  (${f.non2xx} non-2xx/errors)` : ''}`,
  );
}
if (results.SQLite && results.PostgreSQL) {
  const share = results.PostgreSQL.rps / results.SQLite.rps;
  console.log(`${share >= 0.6 ? 'met' : 'MISSED'}: PostgreSQL uncached article reads ≥ 60% of SQLite's (${(share * 100).toFixed(1)}%)`);
  // Requests a second swing with the machine's load (a PostgreSQL read waits for a server process
  // to get a core); CPU time per read does much less, so it is printed beside them.
  const perCpu = (f: Figures) => 1 / (f.cpuUs + f.serverCpuUs);
  if (Number.isFinite(results.PostgreSQL.serverCpuUs))
    console.log(
      `  by CPU time (API + database server): PostgreSQL serves ${((perCpu(results.PostgreSQL) / perCpu(results.SQLite)) * 100).toFixed(1)}% of SQLite's reads per core`,
    );
}
