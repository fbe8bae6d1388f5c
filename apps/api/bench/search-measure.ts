/**
 * @module
 * The measuring half of the search benchmark, for one store: batched import, the raw FTS5 insert
 * baseline on SQLite, and query latencies.
 */
import { DatabaseSync } from 'node:sqlite';
import { type Article, type ArticleInput, prepareArticle } from '@dateline/model';
import { contentHash, revisionHash } from '../src/services/content-hash.ts';
import { searchText } from '../src/store/search-text.ts';
import type { SaveOptions, SaveResult, Store } from '../src/store/store.ts';
import type { BenchQuery } from './search-data.ts';

/** One article ready for the store. */
interface Item {
  article: Article;
  contentHash: string;
  options: SaveOptions;
}

/** The batch path when the store has one, else one save after another. */
type BatchSave = (items: Item[]) => Promise<unknown[]>;

function batchPath(store: Store): { save: BatchSave; label: string } {
  const bulk = (store as Partial<{ saveArticles: BatchSave }>).saveArticles;
  if (bulk) return { save: (items) => bulk.call(store, items), label: 'saveArticles' };
  return {
    save: async (items) => {
      const out: SaveResult[] = [];
      for (const i of items) out.push(await store.saveArticle(i.article, i.contentHash, i.options));
      return out;
    },
    label: 'saveArticle, one transaction per article',
  };
}

/** What an import took, in milliseconds. */
export interface ImportFigures {
  count: number;
  /** Generating, validating (`prepareArticle`) and hashing, outside the database. */
  prepareMs: number;
  /** The store's writes. */
  storeMs: number;
  /**
   * The CPU time of the writing thread during the store's writes: SQLite's work but for the
   * checkpoints, which a SQLite file store runs on a thread of its own; none of PostgreSQL's.
   */
  storeCpuMs: number;
  /** Inserting the same texts into a bare FTS5 table (SQLite only). */
  rawFtsMs: number | null;
  rawFtsCpuMs: number | null;
  /** The database server's CPU time during the store's writes (PostgreSQL on this machine), else null. */
  serverCpuMs: number | null;
  writePath: string;
  /** Of the above, what `importInBulk` did once the batches were in (PostgreSQL building its indexes). */
  bulkEnd?: { ms: number; storeCpuMs: number; serverCpuMs: number | null };
}

/** Reads the database server's CPU time so far in milliseconds (see `BenchDatabase.serverCpuMs`). */
type ServerCpu = () => Promise<number | null>;

/**
 * Imports articles `0` to `count - 1` made by `article` in batches of `batch`, as one
 * `importInBulk` of `count` unless `inBulk` is false; with `rawFtsPath`, also inserts each
 * batch's texts into a bare FTS5 table in that file, timed apart, as the baseline. What
 * `importInBulk` does once the batches are in (PostgreSQL building its search indexes) counts as
 * store time.
 *
 * @example
 * const figures = await importArticles(store, (n) => syntheticArticle(corpus, n), { count: 1000, batch: 500, rawFtsPath: '/tmp/raw.db' });
 */
export async function importArticles(
  store: Store,
  article: (n: number) => ArticleInput,
  options: {
    count: number;
    batch: number;
    rawFtsPath?: string;
    serverCpuMs?: ServerCpu;
    onProgress?: (done: number) => void;
    inBulk?: boolean;
  },
): Promise<ImportFigures> {
  if (options.inBulk === false) return importBatches(store, article, options, 'one transaction per batch');
  let batches: { figures: ImportFigures; ms: number; cpu: NodeJS.CpuUsage; server: number | null | undefined } | undefined;
  await store.importInBulk(options.count, async (bulk) => {
    const figures = await importBatches(bulk, article, options, 'in one importInBulk');
    batches = { figures, ms: performance.now(), cpu: process.threadCpuUsage(), server: await options.serverCpuMs?.() };
  });
  const { figures, ms, cpu, server } = batches!;
  const used = process.threadCpuUsage(cpu);
  const s1 = await options.serverCpuMs?.();
  const finishServer = figures.serverCpuMs === null || s1 == null || server == null ? null : s1 - server;
  const bulkEnd = { ms: performance.now() - ms, storeCpuMs: (used.user + used.system) / 1000, serverCpuMs: finishServer };
  // The end is added to the batches' figures, which leave out making the articles.
  return {
    ...figures,
    storeMs: figures.storeMs + bulkEnd.ms,
    storeCpuMs: figures.storeCpuMs + bulkEnd.storeCpuMs,
    serverCpuMs: finishServer === null || figures.serverCpuMs === null ? null : figures.serverCpuMs + finishServer,
    bulkEnd,
  };
}

async function importBatches(
  store: Store,
  article: (n: number) => ArticleInput,
  options: { count: number; batch: number; rawFtsPath?: string; serverCpuMs?: ServerCpu; onProgress?: (done: number) => void },
  how: string,
): Promise<ImportFigures> {
  const { save, label: path } = batchPath(store);
  const label = `${path}, ${how}`;
  const raw = options.rawFtsPath ? rawFts(options.rawFtsPath) : null;
  const now = new Date('2026-06-01T00:00:00Z');
  let prepareMs = 0;
  let storeMs = 0;
  let rawFtsMs = 0;
  let storeCpuMs = 0;
  let rawFtsCpuMs = 0;
  let serverCpuMs: number | null = options.serverCpuMs ? 0 : null;
  const cpu = (since: NodeJS.CpuUsage) => {
    const used = process.threadCpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  for (let start = 0; start < options.count; start += options.batch) {
    const t0 = performance.now();
    const items: Item[] = [];
    for (let n = start; n < Math.min(options.count, start + options.batch); n += 1) {
      const input = article(n);
      items.push({
        article: prepareArticle(input, { id: `a${String(n).padStart(7, '0')}`, now }),
        contentHash: contentHash(input),
        options: { revisionHash: revisionHash(input), importKey: `bench/${n}.md` },
      });
    }
    const s1 = await options.serverCpuMs?.();
    const t1 = performance.now();
    const c1 = process.threadCpuUsage();
    const results = await save(items);
    storeCpuMs += cpu(c1);
    const t2 = performance.now();
    const s2 = await options.serverCpuMs?.();
    serverCpuMs = serverCpuMs === null || s1 == null || s2 == null ? null : serverCpuMs + s2 - s1;
    if (results.some((r) => (r as { outcome: string }).outcome !== 'created')) throw new Error('an article was not created');
    const texts = items.map((i) => searchText(i.article));
    const t3 = performance.now();
    const c3 = process.threadCpuUsage();
    raw?.insert(texts);
    rawFtsCpuMs += cpu(c3);
    rawFtsMs += performance.now() - t3;
    prepareMs += t1 - t0;
    storeMs += t2 - t1;
    options.onProgress?.(Math.min(options.count, start + options.batch));
  }
  raw?.close();
  return {
    count: options.count,
    prepareMs,
    storeMs,
    storeCpuMs,
    rawFtsMs: raw ? rawFtsMs : null,
    rawFtsCpuMs: raw ? rawFtsCpuMs : null,
    serverCpuMs,
    writePath: label,
  };
}

function rawFts(path: string) {
  const db = new DatabaseSync(path);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL');
  db.exec(
    "CREATE VIRTUAL TABLE fts USING fts5 (headline, standfirst, people, tags, body, tokenize = 'porter unicode61 remove_diacritics 2')",
  );
  const insert = db.prepare('INSERT INTO fts (headline, standfirst, people, tags, body) VALUES (?, ?, ?, ?, ?)');
  return {
    insert(texts: ReturnType<typeof searchText>[]) {
      db.exec('BEGIN');
      for (const t of texts) insert.run(t.headline, t.standfirst, t.people, t.tags, t.body);
      db.exec('COMMIT');
    },
    close: () => db.close(),
  };
}

/** Latency figures, in milliseconds. */
export interface LatencyFigures {
  p50: number;
  p99: number;
  mean: number;
  max: number;
  /** Mean number of matching articles per query. */
  meanTotal: number;
  /**
   * The same percentiles of this process's CPU time per query, plus the database server's when
   * it is measured: SQLite's whole cost, or PostgreSQL's and the API's, unaffected by other
   * processes. (A thread's own CPU time is counted in scheduler ticks here, too coarse.)
   */
  cpuP50: number;
  cpuP99: number;
}

function figures(samples: { ms: number; cpuMs: number; total: number }[]): LatencyFigures {
  const sorted = (xs: number[]) => xs.sort((a, b) => a - b);
  const times = sorted(samples.map((x) => x.ms));
  const cpus = sorted(samples.map((x) => x.cpuMs));
  const at = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    p50: at(times, 0.5),
    p99: at(times, 0.99),
    mean: sum(times) / times.length,
    max: times.at(-1)!,
    meanTotal: sum(samples.map((x) => x.total)) / samples.length,
    cpuP50: at(cpus, 0.5),
    cpuP99: at(cpus, 0.99),
  };
}

/**
 * Runs every query once after a short warm-up, timing each `store.search` call (20 results with
 * their snippets, and the total).
 *
 * @example
 * const { overall, byKind } = await timeQueries(store, makeQueries(corpus, 1000));
 */
export async function timeQueries(
  store: Store,
  queries: BenchQuery[],
  serverCpuMs?: ServerCpu,
): Promise<{ overall: LatencyFigures; byKind: Map<string, LatencyFigures> }> {
  const now = new Date('2026-06-01T00:00:00Z');
  const run = (x: BenchQuery) => store.search(x.q, { limit: 20, now, section: x.section, tag: x.tag });
  for (const x of queries.slice(0, 50)) await run(x);
  const samples: { kind: string; ms: number; cpuMs: number; total: number }[] = [];
  for (const x of queries) {
    const s0 = await serverCpuMs?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const page = await run(x);
    const ms = performance.now() - t0;
    const used = process.cpuUsage(c0);
    const s1 = await serverCpuMs?.();
    const server = s0 == null || s1 == null ? 0 : s1 - s0;
    samples.push({ kind: x.kind, ms, cpuMs: (used.user + used.system) / 1000 + server, total: page.total });
  }
  const kinds = [...new Set(samples.map((x) => x.kind))];
  return { overall: figures(samples), byKind: new Map(kinds.map((k) => [k, figures(samples.filter((x) => x.kind === k))])) };
}
