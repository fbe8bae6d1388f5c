/**
 * @module
 * Enrichment benchmark: `node bench/enrich.ts [--runs 3]`.
 *
 * Imports every BBC text of the shared corpus (1,782 files) into a fresh SQLite database as
 * `dateline import` does, three ways: with `ENRICH=off` (no enrichment: the baseline), with
 * `ENRICH=inline` (people, places, organisations and quotations found as each article is
 * stored), and with the default `ENRICH=on`, where an import only queues its articles and the
 * queue is then worked through as `dateline enrich` (or the server's worker) does. Each figure is
 * the median of the runs, in wall time and in CPU time of this process (the machine may be
 * shared; CPU time is steadier). The check: the default import keeps at least half the baseline's
 * throughput, and enriching inline or from the queue stores the same entities, mentions and
 * quotations (an inline import's queue worked through as well: it holds the stories whose short
 * names a later full name resolves).
 *
 * The corpus is read from the shared folder (`SHARED_DIR`, else ../shared beside the checkout)
 * and the benchmark is skipped, with a message, when it is absent.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { enrichQueued } from '../src/services/enrichment.ts';
import { importSources } from '../src/services/import-files.ts';
import { collectSources } from '../src/services/import-sources.ts';
import { openSqliteStore } from '../src/store/sqlite/store.ts';
import { sharedDir } from '../src/testing/cli-process.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs) || 3);

const shared = sharedDir();
const corpus = shared && join(shared, 'corpus', 'text', 'bbc');
if (!corpus || !existsSync(corpus)) {
  console.log('enrich: SKIPPED, the BBC corpus is not there (set SHARED_DIR, or put the shared folder at ../shared beside the checkout)');
  process.exit(0);
}
const sources = await collectSources([corpus], corpus);
const files = sources.filter((s) => s.kind === 'file').length;

interface Timing {
  wall: number;
  cpu: number;
}

async function timed<T>(work: () => Promise<T>): Promise<Timing & { value: T }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000, value };
}

/** What ended up stored: entities, mention rows, quotation rows, and enriched articles. */
function census(path: string): string {
  const db = new DatabaseSync(path, { readOnly: true });
  const n = (table: string) => Number((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
  const linked = n('entities e WHERE EXISTS (SELECT 1 FROM article_mentions m WHERE m.entity_id = e.id)');
  const result = `${linked} entities, ${n('article_mentions')} mentions, ${n('quotes')} quotations, ${n('articles') - n('enrichment_queue')} articles enriched`;
  db.close();
  return result;
}

/** One import into a fresh database with ENRICH as given, then the queue worked through. */
async function run(mode: 'off' | 'inline' | 'on') {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-enrich-'));
  const path = join(dir, 'bench.db');
  const store = openSqliteStore(path);
  try {
    await store.migrate();
    process.env.ENRICH = mode;
    const imported = await timed(() => importSources(store, sources, { cwd: corpus! }));
    const queued = (await store.enrichmentStatus()).queued;
    // An inline import queues the stories a later full name resolves (decision 022): worked too.
    const later = mode !== 'off' ? await timed(() => enrichQueued(store)) : undefined;
    if (later && later.value.failed.length > 0) throw new Error(`enriching the queue failed on ${later.value.failed.length} articles`);
    const stored = await store.countArticles();
    await store.close();
    return { imported, queued, later, stored, census: census(path) };
  } finally {
    delete process.env.ENRICH;
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rate = (count: number, ms: number) => Math.round(count / (ms / 1000)).toLocaleString('en');
type Run = Awaited<ReturnType<typeof run>>;
const results: Record<'off' | 'inline' | 'on', Run[]> = { off: [], inline: [], on: [] };
for (let i = 0; i < runs; i += 1) for (const mode of ['off', 'inline', 'on'] as const) results[mode].push(await run(mode));
const figure = (list: Run[], pick: (r: Run) => Timing) => ({
  wall: median(list.map((r) => pick(r).wall)),
  cpu: median(list.map((r) => pick(r).cpu)),
});
const plain = figure(results.off, (r) => r.imported);
const inline = figure(results.inline, (r) => r.imported);
const queued = figure(results.on, (r) => r.imported);
const later = figure(results.on, (r) => r.later!);
const stored = results.on[0]!.stored;
const line = (label: string, t: Timing, count: number) =>
  `  ${label.padEnd(50)} ${t.wall.toFixed(0).padStart(6)} ms wall, ${rate(count, t.wall).padStart(5)} articles/s; ${t.cpu.toFixed(0).padStart(6)} ms CPU, ${rate(count, t.cpu).padStart(5)} articles/s`;
const share = (t: Timing) => `${((plain.wall / t.wall) * 100).toFixed(0)}% (${((plain.cpu / t.cpu) * 100).toFixed(0)}% in CPU time)`;

console.log(
  `enrich: ${files.toLocaleString('en')} BBC texts (${stored} distinct stories) into a fresh SQLite database, median of ${runs} runs`,
);
console.log(line('import, ENRICH=off (no enrichment)', plain, files));
console.log(line('import, ENRICH=inline (each article as stored)', inline, files));
console.log(
  `  then ${results.inline[0]!.queued} stories a later full name resolved, queued again: ${Math.round(results.inline[0]!.later!.wall)} ms wall`,
);
console.log(line(`import, ENRICH=on (default: ${results.on[0]!.queued} queued)`, queued, files));
console.log(line('then the queue, as dateline enrich works it', later, stored));
console.log(`  throughput kept: inline ${share(inline)}, default ${share(queued)}`);
console.log(`  stored, enriched inline:     ${results.inline[0]!.census}`);
console.log(`  stored, enriched from queue: ${results.on[0]!.census}`);

const problems = [
  Math.max(plain.wall / queued.wall, plain.cpu / queued.cpu) < 0.5 && 'the default import keeps less than half the throughput',
  results.inline[0]!.census !== results.on[0]!.census && 'enriching from the queue stored something else than enriching inline',
  Object.values(results).some((list) => list.some((r) => r.imported.value.articles.failed > 0)) && 'some files failed to import',
].filter(Boolean);
if (problems.length > 0) {
  console.log(`  CHECK FAILED: ${problems.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log('  check: the default import keeps at least half the throughput, and inline and queued enrichment store the same');
}
