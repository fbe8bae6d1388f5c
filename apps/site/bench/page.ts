/**
 * @module
 * Page benchmark: `node bench/page.ts` (the site's part of `npm run bench`; `pnpm --filter
 * @dateline/site bench` alone, after `npm run build`). Starts the real API on a temporary SQLite
 * file with the sample articles (and the seed article from ../shared when it is there: its page
 * is the target; a sample article's otherwise), the built site server, and in the same run a
 * bare `node:http` handler sending the same HTML bytes from memory: the ceiling. autocannon loads
 * each over loopback (50 connections, BENCH_SECONDS each after a short warm-up, default 10): the
 * ceiling (first and last, to show how much the machine's load moved it), the page rendered on
 * every request (PAGE_CACHE=off) from the API and from a stand-in answering the API's bytes from
 * memory, the page from the cache, and 304 answers to If-None-Match. Prints req/s, p50/p99
 * latency, each as a share of the ceiling, the site server's memory (RSS) and its CPU time per
 * request, and for renders from the real API the API's CPU time per page beside it. Then the
 * bytes each content coding saves on the page, and the CPU a request costs with compression on:
 * a cache hit in Brotli (compressed once, when stored) and an uncached render in gzip
 * (compressed on every request).
 * Targets: uncached ≥ 3% of the ceiling, cache hits ≥ 50%. A run that served no request in its
 * seconds prints FAILED instead of figures and the benchmark exits with 1.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { type Child, cpuMs, processGroup, rssMb, runNode } from './processes.ts';
import { runLine } from './run-line.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 2;
const CONNECTIONS = 50;
const SAMPLE_SLUG = 'eastbrook-council-approves-riverside-path';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cli = join(root, 'apps/api/src/cli.ts');
const samples = join(root, 'apps/api/samples');
const siteServer = join(root, 'apps/site/server.mjs');
const seed = join(process.env.SHARED_DIR ?? join(root, '..', 'shared'), 'seeds/000_97e402c0209a3bde.txt');
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  statuses: string;
  total: number;
}

async function load(url: string, seconds: number, headers: Record<string, string> = {}): Promise<Figures> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
  const counts = Object.entries(result.statusCodeStats as Record<string, { count: number }>).map(([code, { count }]) => `${code}×${count}`);
  if (result.errors || result.timeouts) counts.push(`errors×${result.errors}`, `timeouts×${result.timeouts}`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statuses: counts.join(' '),
    total: result.requests.total,
  };
}

/** The size of the answer's body as sent, with `accept-encoding` asked for. */
function bytesSent(url: string, acceptEncoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve(bytes));
    })
      .on('error', reject)
      .end();
  });
}

/** Imports the samples (and the seed) into a fresh database; returns the target page's path. */
function fillDatabase(databaseUrl: string): { path: string; label: string } {
  const withSeed = existsSync(seed);
  const output = runNode([cli, 'import', '--verbose', '--status', 'published', samples, ...(withSeed ? [seed] : [])], {
    DATABASE_URL: databaseUrl,
  });
  if (!withSeed) return { path: `/articles/${SAMPLE_SLUG}`, label: 'a sample article' };
  const slug = output
    .split('\n')
    .find((line) => line.startsWith(`${seed}: `))
    ?.match(/: \w+ (\S+)$/)?.[1];
  if (!slug) throw new Error(`the seed article was not imported:\n${output}`);
  return { path: `/articles/${slug}`, label: 'the seed article' };
}

const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-page-'));
const { start, stopAll } = processGroup();
try {
  const databaseUrl = `sqlite:${join(dir, 'bench.db')}`;
  const target = fillDatabase(databaseUrl);
  const api = await start([cli, 'serve'], { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }, '/healthz');
  const memoryApi = await start([here('./memory-api.ts')], { UPSTREAM: api.url }, '/healthz');
  const uncached = await start([siteServer], { API_URL: api.url, PAGE_CACHE: 'off' }, target.path);
  const uncachedMemory = await start([siteServer], { API_URL: memoryApi.url, PAGE_CACHE: 'off' }, target.path);
  const cached = await start([siteServer], { API_URL: api.url }, target.path);
  const page = await fetch(`${cached.url}${target.path}`);
  const html = Buffer.from(await page.arrayBuffer());
  const etag = page.headers.get('etag');
  if (page.status !== 200 || !etag) throw new Error(`${target.path}: status ${page.status}, ETag ${etag}`);
  writeFileSync(join(dir, 'page.html'), html);
  const ceiling = await start([here('./ceiling-server.ts')], { BODY_FILE: join(dir, 'page.html') }, '/');

  console.log(`page benchmark: ${target.path} (${target.label}, ${(html.length / 1024).toFixed(1)} KiB)`);
  console.log(`${CONNECTIONS} connections, ${SECONDS} s per run after ${WARM_UP_SECONDS} s of warm-up\n`);
  const results = new Map<string, Figures>();
  const reference = () => Math.max(...[...results].filter(([label]) => label.startsWith('ceiling')).map(([, f]) => f.rps));
  const run = async (label: string, child: Child, headers?: Record<string, string>) => {
    const url = `${child.url}${target.path}`;
    await load(url, WARM_UP_SECONDS, headers);
    const cpuBefore = cpuMs(child.process.pid!);
    const apiBefore = cpuMs(api.process.pid!);
    const figures = await load(url, SECONDS, headers);
    const cpuAfter = cpuMs(child.process.pid!);
    const apiAfter = cpuMs(api.process.pid!);
    results.set(label, figures);
    const spent = (before: number | null, after: number | null) => (before === null || after === null ? null : after - before);
    const line = runLine(
      label,
      {
        ...figures,
        cpuMs: spent(cpuBefore, cpuAfter),
        // The API's share of a page: only the renders that ask the real API make it work.
        apiCpuMs: child === uncached ? spent(apiBefore, apiAfter) : null,
        rssMb: child === ceiling ? null : rssMb(child.process.pid!),
      },
      reference(),
      SECONDS,
    );
    if (figures.total === 0) process.exitCode = 1;
    console.log(line);
  };
  await run('ceiling: bare node:http, same bytes', ceiling);
  await run('uncached render (PAGE_CACHE=off)', uncached);
  await run('uncached render, API answers from memory', uncachedMemory);
  await run('page cache hits', cached);
  await run('page cache 304 (If-None-Match)', cached, { 'if-none-match': etag });
  await run('page cache hits, Brotli', cached, { 'accept-encoding': 'br' });
  await run('uncached render, gzip on every request', uncached, { 'accept-encoding': 'gzip' });
  await run('ceiling again, at the end', ceiling);

  console.log(`\nbytes of the page as sent (${html.length} uncompressed):`);
  for (const coding of ['br', 'zstd', 'gzip']) {
    const bytes = await bytesSent(`${cached.url}${target.path}`, coding);
    console.log(`  ${coding.padEnd(5)} ${String(bytes).padStart(7)} bytes, ${((1 - bytes / html.length) * 100).toFixed(0)}% saved`);
  }

  const share = (label: string) => results.get(label)!.rps / reference();
  // The lines above compare with the ceiling measured so far; the verdicts use the higher of the two runs.
  console.log(`\nagainst the higher ceiling run (${reference().toFixed(0)} req/s):`);
  for (const [what, label, target] of [
    ['uncached render ≥ 3% of the ceiling', 'uncached render (PAGE_CACHE=off)', 0.03],
    ['cache hits ≥ 50% of the ceiling', 'page cache hits', 0.5],
  ] as const) {
    const served = results.get(label)!.total > 0 && reference() > 0;
    console.log(
      `${served && share(label) >= target ? 'met' : 'MISSED'}: ${what} (${served ? `${(share(label) * 100).toFixed(1)}%` : 'no request served'})`,
    );
  }
} finally {
  await stopAll();
  rmSync(dir, { recursive: true, force: true });
}
