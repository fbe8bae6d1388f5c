/**
 * @module
 * Page cache under rotation: `node bench/rotation.ts [--pages 1000] [--seconds 60] [--runs 4]`
 * (the site's part of `npm run bench`, after bench/page.ts). Imports `pages` invented stories
 * (apps/api/bench/http-data.ts) into a temporary SQLite file, starts the real API, the built site
 * server with its default page cache settings, and the ceiling (bare `node:http` sending one
 * story page's bytes from memory). After asking for every page once, it loads the site with
 * autocannon (50 connections) rotating over the `pages` story pages for `seconds`, `runs` times in
 * a row, with the ceiling measured before and after (at most 10 s each). Prints each run's
 * req/s, p50/p99, how the cache answered (x-cache: hit, stale, miss) and the site's CPU time per
 * request, the machine's load average, and whether p99 stayed flat: every run's p99 within
 * FLAT_FACTOR of the first run's.
 */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { benchArticle } from '../../api/bench/http-data.ts';
import { type Child, cpuMs, processGroup, rssMb, runNode } from './processes.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '60' },
    runs: { type: 'string', default: '4' },
  },
});
/** The whole number given as `--name`, at least `min`; anything else stops the benchmark with one line. */
function whole(name: 'pages' | 'seconds' | 'runs', min: number): number {
  const n = Number(values[name]);
  if (Number.isInteger(n) && n >= min) return n;
  console.error(`--${name} must be a whole number from ${min}, not "${values[name]}"`);
  process.exit(2);
}
const PAGES = whole('pages', 1);
const SECONDS = whole('seconds', 1);
const RUNS = whole('runs', 2);
const CONNECTIONS = 50;
const CEILING_SECONDS = Math.min(SECONDS, 10);
/** p99 counts as flat when no run's is more than this many times the first run's. */
const FLAT_FACTOR = 2;

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cli = join(root, 'apps/api/src/cli.ts');
const siteServer = join(root, 'apps/site/server.mjs');
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const paths = Array.from({ length: PAGES }, (_, n) => `/articles/bench-story-${n}`);

interface Run {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  /** Answers by their x-cache header (none for the ceiling). */
  outcomes: Record<string, number>;
  errors: number;
  cpuMsPerRequest: number | null;
}

async function load(child: Child, seconds: number): Promise<Run> {
  let next = 0;
  const outcomes: Record<string, number> = {};
  const cpuBefore = cpuMs(child.process.pid!);
  const result = await autocannon({
    url: child.url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[next++ % paths.length] }),
        onResponse: (status: number, _body: unknown, _context: unknown, headers: Record<string, string>) => {
          const outcome = status === 200 ? (headers['x-cache'] ?? 'none') : `status ${status}`;
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        },
      },
    ],
  });
  const cpuAfter = cpuMs(child.process.pid!);
  const total = result.requests.total;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total,
    outcomes,
    errors: result.errors + result.timeouts + result.non2xx,
    cpuMsPerRequest: cpuBefore === null || cpuAfter === null || total === 0 ? null : (cpuAfter - cpuBefore) / total,
  };
}

const load1 = () => loadavg()[0]!.toFixed(2);

function line(label: string, run: Run): string {
  const outcomes = Object.entries(run.outcomes)
    .filter(([name]) => name !== 'none')
    .map(([name, count]) => `${name} ${((count / run.total) * 100).toFixed(1)}%`)
    .join(', ');
  const cpu = run.cpuMsPerRequest === null ? '' : `  cpu ${run.cpuMsPerRequest.toFixed(3)} ms/req`;
  return (
    `${label.padEnd(16)} ${run.rps.toFixed(0).padStart(6)} req/s  p50 ${String(run.p50).padStart(4)} ms  p99 ${String(run.p99).padStart(5)} ms${cpu}` +
    `${outcomes ? `  [${outcomes}]` : ''}${run.errors ? `  errors/non-2xx ${run.errors}` : ''}  load ${load1()}`
  );
}

const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-rotation-'));
const { start, stopAll } = processGroup();
try {
  const databaseUrl = `sqlite:${join(dir, 'bench.db')}`;
  const epoch = Date.now() - 60_000;
  writeFileSync(join(dir, 'stories.json'), JSON.stringify(Array.from({ length: PAGES }, (_, n) => benchArticle(n, epoch))));
  runNode([cli, 'import', join(dir, 'stories.json')], { DATABASE_URL: databaseUrl, ENRICH: 'inline' });
  const api = await start([cli, 'serve'], { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }, '/healthz');
  const site = await start([siteServer], { API_URL: api.url }, paths[0]!);
  const page = await fetch(`${site.url}${paths[0]}`);
  writeFileSync(join(dir, 'page.html'), Buffer.from(await page.arrayBuffer()));
  const ceiling = await start([here('./ceiling-server.ts')], { BODY_FILE: join(dir, 'page.html') }, '/');

  const primeStart = performance.now();
  let primed = 0;
  // A few at a time, so the first pages are not long stale before the last are rendered.
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (primed < paths.length) {
        const path = paths[primed++]!;
        const res = await fetch(`${site.url}${path}`);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${path}: status ${res.status}`);
      }
    }),
  );
  const primeMs = performance.now() - primeStart;

  console.log(`page cache under rotation: ${PAGES} story pages, each asked for in turn, ${CONNECTIONS} connections`);
  console.log(
    `${RUNS} runs of ${SECONDS} s, the ceiling ${CEILING_SECONDS} s before and after; every page rendered once first (${(primeMs / 1000).toFixed(1)} s for all, 8 at a time)\n`,
  );
  const first = await load(ceiling, CEILING_SECONDS);
  console.log(line('ceiling', first));
  const runs: Run[] = [];
  for (let n = 1; n <= RUNS; n += 1) {
    runs.push(await load(site, SECONDS));
    console.log(`${line(`site, run ${n}`, runs.at(-1)!)}  rss ${rssMb(site.process.pid!).toFixed(0)} MB`);
  }
  const last = await load(ceiling, CEILING_SECONDS);
  console.log(line('ceiling again', last));

  const base = runs[0]!.p99;
  const worst = Math.max(...runs.map((run) => run.p99));
  const ceilingRps = Math.max(first.rps, last.rps);
  const mean = runs.reduce((sum, run) => sum + run.rps, 0) / runs.length;
  console.log(
    `\nsite ${((mean / ceilingRps) * 100).toFixed(1)}% of the ceiling's req/s over the runs (ceiling p99 ${first.p99} → ${last.p99} ms)`,
  );
  console.log(
    `${worst <= Math.max(base, 1) * FLAT_FACTOR ? 'met' : 'MISSED'}: p99 flat from run to run (every run within ${FLAT_FACTOR}× the first's ${base} ms; ` +
      `runs ${runs.map((run) => run.p99).join(' → ')} ms)`,
  );
} finally {
  await stopAll();
  rmSync(dir, { recursive: true, force: true });
}
