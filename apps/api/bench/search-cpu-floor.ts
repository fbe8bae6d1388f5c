/**
 * @module
 * Where an uncached search's CPU goes on SQLite, measured in one process, and the floor under it:
 * `node bench/search-cpu-floor.ts <SQLite database URL> [--queries 2000]`. The database must
 * hold stories loaded as the HTTP search benchmark loads them (see bench/http-search-cpu.ts
 * `--load`).
 *
 * For the benchmark's measured searches (those after its 300 warm-up ones), kind by kind in
 * chunks of 25, each stage over a chunk in a rotating order (the first to touch a page pays for
 * reading it), the CPU time of this thread for:
 * - `fts5`: the bare FTS5 statement: MATCH, ORDER BY bm25 with the index's weights, LIMIT 20,
 *   rowids only, no filter, no join, no summary, no snippet: what any ranked search must do;
 * - `newest`: the same MATCH, the 20 newest rowids, unranked: the least any search must do;
 * - `store`: `store.searchJson` as the route calls it: every statement, the snippets and the
 *   page's JSON;
 * - `snippets`: marking the page's bodies (`snippetMarker`), the bodies read beforehand;
 * - `app`: `app.fetch` of the search's URL (routing, validation, the store, the response cache
 *   that keeps nothing, headers), without HTTP.
 * Prints the mean CPU time per stage, in all and by kind of query, and percentiles of the bare
 * statement's time. HTTP's own share is the
 * API's CPU per search over HTTP (bench/http-search-cpu.ts) less `app`.
 */
import { DatabaseSync } from 'node:sqlite';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Article } from '@dateline/model';
import { createApp } from '../src/app.ts';
import { ResponseCache } from '../src/lib/response-cache.ts';
import { snippetMarker } from '../src/store/body-snippet.ts';
import { parseDatabaseUrl } from '../src/store/database-url.ts';
import { openStore } from '../src/store/open-store.ts';
import { parseSearchQuery, toFts5Query } from '../src/store/search-query.ts';
import { bodyText } from '../src/store/search-text.ts';
import { BBC_QUERY_KINDS, bbcQueries, loadBbc } from './bbc-stories.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { queries: { type: 'string', default: '2000' } } });
const url = positionals[0];
const sources = loadBbc();
if (!url?.startsWith('sqlite:') || !sources) {
  console.error(
    sources
      ? 'usage: node bench/search-cpu-floor.ts <SQLite database URL> [--queries 2000]'
      : 'search cpu floor: the BBC texts of ../shared/corpus/text/bbc are not there',
  );
  process.exit(2);
}
const WARM_UP = 300;
const count = Math.max(1, Number(values.queries) || 2000);
const queries = bbcQueries(sources, count + WARM_UP).slice(WARM_UP);

const config = parseDatabaseUrl(url, { cwd: process.cwd(), defaultPath: 'bench.db' });
const store = await openStore(config);
const app = createApp({ store, responseCache: new ResponseCache(0) });
const db = new DatabaseSync(url.slice('sqlite:'.length), { readOnly: true });
const bare = db.prepare(
  'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 10.0, 4.0, 4.0, 4.0, 1.0) LIMIT 20',
);
const bodies = db.prepare("SELECT json_extract(a.document, '$.body') AS body FROM articles a WHERE a.slug = ?");

const cpu = () => {
  const { user, system } = process.threadCpuUsage();
  return user + system;
};
type Stage = 'fts5' | 'newest' | 'store' | 'snippets' | 'app';
const STAGES: Stage[] = ['fts5', 'newest', 'store', 'snippets', 'app'];
const newest = db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 20');
/** Searches timed together: the thread's CPU clock moves by scheduler ticks, too coarse for one search. */
const CHUNK = 25;

/** What each stage runs for one search. */
async function prepare(x: (typeof queries)[number]): Promise<Record<Stage, () => unknown>> {
  const terms = parseSearchQuery(x.q);
  const options = { limit: 20, now: new Date(), section: x.section };
  const path = `/v1/search?q=${encodeURIComponent(x.q)}${x.section ? `&section=${x.section}` : ''}&limit=20`;
  // The page's bodies, read beforehand: the snippet stage times the marking alone.
  const { json } = await store.searchJson(x.q, options);
  const page = JSON.parse(json) as { items: { article: { slug: string } }[] };
  const texts = page.items.map((hit) => bodyText(JSON.parse((bodies.get(hit.article.slug) as { body: string }).body) as Article['body']));
  return {
    fts5: () => (terms.length ? bare.all(toFts5Query(terms)) : []),
    newest: () => (terms.length ? newest.all(toFts5Query(terms)) : []),
    store: () => store.searchJson(x.q, options),
    snippets: () => texts.map(snippetMarker(terms)),
    app: () => app.fetch(new Request(`http://api.test${path}`)),
  };
}

/**
 * The bare statement's time for each search, the least wall time of three runs: one statement in
 * this thread, so that is about its CPU time, and fine enough for percentiles.
 */
const bareTimes: number[] = [];
for (const x of queries) {
  const match = toFts5Query(parseSearchQuery(x.q));
  let least = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3 && match; k += 1) {
    const t0 = performance.now();
    bare.all(match);
    least = Math.min(least, (performance.now() - t0) * 1000);
  }
  if (match) bareTimes.push(least);
}

// CPU µs per stage and kind of query, summed, and how many searches.
const spent = new Map<string, Record<Stage, number>>();
const counted = new Map<string, number>();
let round = 0;
for (const [kind] of BBC_QUERY_KINDS) {
  const mine = queries.filter((x) => x.kind === kind);
  for (let i = 0; i < mine.length; i += CHUNK) {
    const runs = await Promise.all(mine.slice(i, i + CHUNK).map(prepare));
    const sums = spent.get(kind) ?? { fts5: 0, newest: 0, store: 0, snippets: 0, app: 0 };
    // Whichever stage goes first reads pages the others then find cached: the order rotates.
    for (let k = 0; k < STAGES.length; k += 1) {
      const stage = STAGES[(round + k) % STAGES.length]!;
      const t0 = cpu();
      for (const run of runs) await run[stage]();
      sums[stage] += cpu() - t0;
    }
    round += 1;
    spent.set(kind, sums);
    counted.set(kind, (counted.get(kind) ?? 0) + runs.length);
  }
}
await store.close();
db.close();

const µs = (x: number) => Math.round(x).toLocaleString('en').padStart(10);
console.log(
  `${queries.length} searches; load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log(`${'mean CPU per search, µs'.padEnd(32)}${STAGES.map((s) => s.padStart(10)).join('')}`);
const total = [...counted.values()].reduce((a, b) => a + b, 0);
console.log(`${`all (${total})`.padEnd(32)}${STAGES.map((s) => µs([...spent.values()].reduce((a, x) => a + x[s], 0) / total)).join('')}`);
const sorted = bareTimes.sort((a, b) => a - b);
const at = (p: number) => µs(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
console.log(`the bare FTS5 statement alone, least of three runs, µs: p50 ${at(0.5)}, p90 ${at(0.9)}, p99 ${at(0.99)}`);
for (const [kind, sums] of spent) {
  const n = counted.get(kind)!;
  console.log(`${`${kind} (${n})`.padEnd(32)}${STAGES.map((s) => µs(sums[s] / n)).join('')}`);
}
