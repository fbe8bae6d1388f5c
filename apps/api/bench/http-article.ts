/**
 * @module
 * Uncached article reads over HTTP on both databases: `node bench/http-article.ts [--count 1000]
 * [--seconds 12] [--rounds 6] [--connections 4]` (part of `npm run bench`).
 *
 * Loads the same `count` articles (http-data.ts) into a fresh SQLite file and a fresh PostgreSQL
 * database, then starts the API over each in a process of its own with a response cache that
 * keeps nothing, so every `GET /v1/articles/{slug}` (rotating over all the articles) reads the
 * database, and loads each with autocannon for `seconds` in all, in `rounds` short runs that
 * alternate between the two (SQLite first in one round, PostgreSQL first in the next), so that a
 * change in the machine's load weighs on both alike. Each round gives two shares of PostgreSQL
 * against SQLite: by requests a second, and by CPU time a request (the API process's, plus
 * PostgreSQL's server processes' read from /proc when the server runs on this machine). Prints
 * each round, the median of each share, and the server time of each request (request in to
 * answer ready, p50/p99) over all rounds.
 * Target: the median share by requests a second is at least 60%. On a busy machine that share
 * swings both ways (a PostgreSQL read waits for a server process to get a core, but the server's
 * processes also get cores of their own beside the API's), so the share by CPU time is the one to
 * compare changes by.
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
    seconds: { type: 'string', default: '12' },
    rounds: { type: 'string', default: '6' },
    connections: { type: 'string', default: '4' },
  },
});
const count = Math.max(1, Number(values.count) || 1000);
const seconds = Math.max(1, Number(values.seconds) || 12);
const rounds = Math.max(1, Math.round(Number(values.rounds) || 6));
const connections = Math.max(1, Number(values.connections) || 4);
const paths = Array.from({ length: count }, (_, n) => `/v1/articles/bench-story-${n}`);

/** One load of one server: what autocannon counted and the CPU time it cost. */
interface Load {
  requests: number;
  seconds: number;
  /** The API process's CPU time, µs. */
  cpuUs: number;
  /** PostgreSQL's server processes' CPU time, µs (0 for SQLite, which runs in the API's; NaN when unreadable). */
  serverCpuUs: number;
  non2xx: number;
}

const rps = (l: Load) => l.requests / l.seconds;
/** CPU time a request, API and database server, µs. */
const cpuPerRequest = (l: Load) => (l.cpuUs + l.serverCpuUs) / l.requests;

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
};
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
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
    /** Loads the API for `duration` seconds. */
    run: async (duration: number): Promise<Load> => {
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
type Round = { sqlite: Load; pg?: Load; load1: number };

const n0 = (x: number) => Math.round(x).toLocaleString('en');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const played: Round[] = [];
let times: Record<string, number[]> = {};
const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-http-article-'));
const roundSeconds = Math.max(0.5, seconds / rounds);
try {
  const sqlite = await prepare(`sqlite:${join(dir, 'bench.db')}`);
  try {
    const done = await withBenchDatabase(async (db) => {
      // NaN when the server's processes cannot be read (not on this machine): no share by CPU then.
      const pg = await prepare(db.url, db.vacuum, async () => ((await db.serverCpuMs()) ?? Number.NaN) * 1000);
      try {
        // A first pass warms each database's caches and each server's code.
        for (const server of [sqlite, pg]) {
          await server.run(1);
          await server.timings();
        }
        for (let r = 0; r < rounds; r++) {
          const load1 = loadavg()[0]!;
          // Alternate who goes first, so that neither always runs after the other's load.
          const first = r % 2 === 0 ? sqlite : pg;
          const a = await first.run(roundSeconds);
          const b = await (first === sqlite ? pg : sqlite).run(roundSeconds);
          played.push(first === sqlite ? { sqlite: a, pg: b, load1 } : { sqlite: b, pg: a, load1 });
        }
        const answer = async (server: Server) => {
          const { timings, cache } = await server.timings();
          // A hit would be a read that never reached the database: the figures would not be of reads.
          if (cache.hits > 0)
            throw new Error(`the response cache answered ${cache.hits} requests; the benchmark needs every read uncached`);
          return timings.map(([, t]) => t);
        };
        times = { SQLite: await answer(sqlite), PostgreSQL: await answer(pg) };
      } finally {
        await pg.stop();
      }
      return true;
    });
    if (!done) {
      await sqlite.run(1);
      await sqlite.timings();
      for (let r = 0; r < rounds; r++) played.push({ sqlite: await sqlite.run(roundSeconds), load1: loadavg()[0]! });
      times = { SQLite: (await sqlite.timings()).timings.map(([, t]) => t) };
    }
  } finally {
    await sqlite.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `\nUncached GET /v1/articles/{slug}: ${n0(count)} articles, ${connections} connections, ${rounds} rounds of ${roundSeconds} s each; ` +
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${availableParallelism()} CPUs`,
);
console.log('  round  load   SQLite req/s  µs CPU/req   PostgreSQL req/s  µs CPU/req (API + server)   share by req/s  by CPU');
const sharesRps: number[] = [];
const sharesCpu: number[] = [];
for (const [i, { sqlite, pg, load1 }] of played.entries()) {
  let line = `  ${String(i + 1).padStart(5)}  ${load1.toFixed(1).padStart(4)}  ${n0(rps(sqlite)).padStart(13)}  ${n0(cpuPerRequest(sqlite)).padStart(10)}`;
  if (pg) {
    const byRps = rps(pg) / rps(sqlite);
    // Reads one core serves on PostgreSQL (API and server together) against SQLite's.
    const byCpu = cpuPerRequest(sqlite) / cpuPerRequest(pg);
    sharesRps.push(byRps);
    if (Number.isFinite(byCpu)) sharesCpu.push(byCpu);
    line +=
      `   ${n0(rps(pg)).padStart(16)}  ${n0(cpuPerRequest(pg)).padStart(10)} (${n0(pg.cpuUs / pg.requests)} + ${n0(pg.serverCpuUs / pg.requests)})`.padEnd(
        43,
      ) + `${pct(byRps).padStart(14)}  ${Number.isFinite(byCpu) ? pct(byCpu).padStart(6) : '     -'}`;
  }
  console.log(line);
}
for (const [name, xs] of Object.entries(times)) {
  const loads = played.flatMap((r) => (name === 'SQLite' ? [r.sqlite] : r.pg ? [r.pg] : []));
  const failed = loads.reduce((n, l) => n + l.non2xx, 0);
  console.log(
    `  ${name.padEnd(11)} server p50 ${percentile(xs, 0.5).toFixed(2)} ms  p99 ${percentile(xs, 0.99).toFixed(2)} ms${failed ? `  (${failed} non-2xx/errors)` : ''}`,
  );
}
if (sharesRps.length > 0) {
  const share = median(sharesRps);
  // Requests a second swing with the machine's load (a PostgreSQL read waits for a server process
  // to get a core, a SQLite read does not); CPU time a read does much less, so it is printed beside.
  const byCpu = sharesCpu.length > 0 ? `; by CPU time a read (API + server), ${pct(median(sharesCpu))}` : '';
  console.log(
    `${share >= 0.6 ? 'met' : 'MISSED'}: PostgreSQL uncached article reads ≥ 60% of SQLite's requests/s (median of ${sharesRps.length} rounds ${pct(share)}${byCpu})`,
  );
}
