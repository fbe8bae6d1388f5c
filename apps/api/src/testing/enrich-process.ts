/**
 * @module
 * Test support (not exported): a process working the enrichment queue of `DATABASE_URL`, as
 * `dateline serve`'s worker does, for tests that run several at once. It waits for a line on
 * stdin, so that the test can start every process before any claims; then prints each article
 * it enriches as `enriching <id>` and `done` at the end. With `HANG=1` it never finishes its
 * first article, standing for a process that dies with a batch claimed. `LEASE_MS` and
 * `BATCH_SIZE` set the claim's length and the batch. `ARTICLE_MS` makes each article take at
 * least that long, standing for a slower extractor: on a loaded machine one process alone could
 * otherwise empty a small queue before the other is scheduled at all.
 */
import { once } from 'node:events';
import { enrich } from '@dateline/model';
import { enrichQueued } from '../services/enrichment.ts';
import { parseDatabaseUrl } from '../store/database-url.ts';
import { openStore } from '../store/open-store.ts';

const store = await openStore(parseDatabaseUrl(process.env.DATABASE_URL, { cwd: process.cwd(), defaultPath: ':memory:' }));
const hang = process.env.HANG === '1';
const articleMs = Number(process.env.ARTICLE_MS ?? 0);
process.stdout.write('ready\n');
await once(process.stdin, 'data');
await enrichQueued(store, {
  batchSize: Number(process.env.BATCH_SIZE ?? 5),
  leaseMs: Number(process.env.LEASE_MS ?? 60_000),
  between: () => new Promise((resolve) => setImmediate(() => resolve(false))),
  enrich: async (article) => {
    process.stdout.write(`enriching ${article.id}\n`);
    if (hang) await new Promise(() => {});
    if (articleMs > 0) await new Promise((resolve) => setTimeout(resolve, articleMs));
    return enrich(article);
  },
});
process.stdout.write('done\n');
await store.close();
process.stdin.destroy();
