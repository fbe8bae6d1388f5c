/**
 * @module
 * What a PostgreSQL import costs, by CPU time, and how its search indexes share it:
 * `node bench/import-postgres-cost.ts [--count 3000] [--batch 1000] [--indexes all|bulk|no-pairs|none|build-after|multi-column|pending-64mb]`.
 *
 * Imports the search benchmark's synthetic stories (bench/search-data.ts) into a database made
 * for the run through the store's batched write path, and reports per story: the wall time, the
 * CPU time of the writing thread, and that of the server's processes for the database (read from
 * /proc, so only for a server on this machine). The GIN pending lists are folded in at the end
 * and counted apart ("finish"), as is building the indexes for `build-after`. On a shared
 * machine wall time includes waiting for a core; compare CPU times, runs interleaved.
 * `--indexes` changes the search indexes for the run only, to measure what each one costs:
 * - `all`: as migrated (words and pairs of words, each under GIN), batch by batch.
 * - `bulk`: as migrated, the batches in one `importInBulk` (at 20,000 stories or more into the
 *   empty database, the indexes are built at its end, and that counts as part of the import).
 * - `no-pairs`, `none`: without the pairs index, without either.
 * - `build-after`: without either during the import, both built at the end.
 * - `multi-column`: one GIN index over both columns instead of two.
 * - `pending-64mb`: each GIN index with a 64 MB pending list.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { openPostgresStore } from '../src/store/postgres/store.ts';
import { withBenchDatabase } from './bench-postgres.ts';
import { importArticles } from './search-measure.ts';
import { makeCorpus, prng, syntheticArticle } from './search-data.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '3000' },
    batch: { type: 'string', default: '1000' },
    indexes: { type: 'string', default: 'all' },
  },
});
const count = Math.max(1, Number(values.count) || 3000);
const batch = Math.max(1, Number(values.batch) || 1000);
const SETUPS: Record<string, string[]> = {
  all: [],
  bulk: [],
  'no-pairs': ['DROP INDEX article_search_pairs'],
  none: ['DROP INDEX article_search_pairs', 'DROP INDEX article_search_vector'],
  'build-after': ['DROP INDEX article_search_pairs', 'DROP INDEX article_search_vector'],
  'multi-column': [
    'DROP INDEX article_search_pairs',
    'DROP INDEX article_search_vector',
    'CREATE INDEX article_search_both ON article_search USING GIN (search, pairs)',
  ],
  'pending-64mb': [
    'ALTER INDEX article_search_pairs SET (gin_pending_list_limit = 65536)',
    'ALTER INDEX article_search_vector SET (gin_pending_list_limit = 65536)',
  ],
};
const setup = SETUPS[values.indexes];
if (!setup) {
  console.error(`import-postgres-cost: --indexes must be one of ${Object.keys(SETUPS).join(', ')}`);
  process.exit(1);
}
const corpus = makeCorpus(prng(1));

await withBenchDatabase(async (db) => {
  // A long deadline: this measures cost, and a loaded machine can take seconds for one statement.
  const store = await openPostgresStore(db.url, { poolSize: 2, queryTimeoutMs: 120_000 });
  const admin = postgres(db.url, { max: 1, onnotice: () => {} });
  try {
    await store.migrate();
    for (const statement of setup) await admin.unsafe(statement);
    const imported = await importArticles(store, (n) => syntheticArticle(corpus, n), {
      count,
      batch,
      serverCpuMs: db.serverCpuMs,
      inBulk: values.indexes === 'bulk',
    });
    const before = await db.serverCpuMs();
    const start = performance.now();
    if (values.indexes === 'build-after') {
      await admin.unsafe(`SET maintenance_work_mem = '512MB'`);
      await admin.unsafe('CREATE INDEX article_search_vector ON article_search USING GIN (search)');
      await admin.unsafe('CREATE INDEX article_search_pairs ON article_search USING GIN (pairs)');
    } else {
      await admin.unsafe(`SELECT gin_clean_pending_list(indexrelid::regclass) FROM pg_index
        WHERE indrelid = 'article_search'::regclass AND indexrelid IN (SELECT oid FROM pg_class WHERE relam = (SELECT oid FROM pg_am WHERE amname = 'gin'))`);
    }
    const finishMs = performance.now() - start;
    const after = await db.serverCpuMs();
    const finishCpu = before === null || after === null ? null : after - before;
    const per = (ms: number | null) => (ms === null ? '-' : `${Math.round((ms * 1000) / count)} µs`);
    console.log(
      `import cost on PostgreSQL: ${count.toLocaleString('en')} stories, batches of ${batch}, indexes: ${values.indexes}; load average ${loadavg()[0]!.toFixed(1)}`,
    );
    console.log(`  per story: wall ${per(imported.storeMs)}, API CPU ${per(imported.storeCpuMs)}, server CPU ${per(imported.serverCpuMs)}`);
    const end = imported.bulkEnd;
    if (end) console.log(`    of which the end of importInBulk: wall ${per(end.ms)}, server CPU ${per(end.serverCpuMs)}`);
    console.log(`  finish (pending lists folded in, or indexes built): wall ${per(finishMs)}, server CPU ${per(finishCpu)}`);
    const total = imported.serverCpuMs === null || finishCpu === null ? null : imported.storeCpuMs + imported.serverCpuMs + finishCpu;
    console.log(
      `  CPU in all: ${per(total)} a story, ${total === null ? '-' : Math.round((count / total) * 1000).toLocaleString('en')} stories/s of CPU (target 2,500/s)`,
    );
  } finally {
    await admin.end();
    await store.close();
  }
});
