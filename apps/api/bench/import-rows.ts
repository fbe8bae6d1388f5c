/**
 * @module
 * What the API spends making a PostgreSQL import's rows, and what it makes:
 * `node bench/import-rows.ts [--count 2000] [--rounds 3] [--dump FILE]`.
 *
 * Makes the rows of `--count` synthetic stories and as many BBC stories (when ../shared has
 * them) in chunks of 50, as an import sends them, without a database; prints the CPU time a
 * story of making them, per round, and a SHA-256 of all the rows, so that a change to the row
 * making can be timed against the code before it and shown to send the very same bytes.
 * `--dump FILE` writes the rows themselves (binary `COPY` data, a table after another, chunk by chunk).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { type ArticleInput, prepareArticle } from '@dateline/model';
import { contentHash, revisionHash } from '../src/services/content-hash.ts';
import { normaliseEntities } from '../src/store/entity-corrections.ts';
import { type NewArticle, type NewRows, newRows } from '../src/store/postgres/article-insert.ts';
import { bbcStory, loadBbc } from './bbc-stories.ts';
import { makeCorpus, prng, syntheticArticle } from './search-data.ts';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '3' }, dump: { type: 'string' } },
});
const count = Math.max(1, Number(values.count) || 2000);
const rounds = Math.max(1, Number(values.rounds) || 3);
const CHUNK = 50;

const now = new Date('2026-06-01T00:00:00Z');
const newArticle = (input: ArticleInput, id: string): NewArticle => ({
  article: normaliseEntities(prepareArticle(input, { id, now })),
  contentHash: contentHash(input),
  revisionHash: revisionHash(input),
  importKey: `bench/${id}.md`,
});
const corpus = makeCorpus(prng(1));
const items: NewArticle[] = [];
for (let n = 0; n < count; n += 1) items.push(newArticle(syntheticArticle(corpus, n), `s${n}`));
const bbc = loadBbc();
if (bbc) for (let n = 0; n < count; n += 1) items.push(newArticle(bbcStory(bbc, n), `b${n}`));

const chunks: NewRows[] = [];
for (let round = 0; round < rounds; round += 1) {
  chunks.length = 0;
  const before = process.threadCpuUsage();
  for (let i = 0; i < items.length; i += CHUNK) chunks.push(newRows(items.slice(i, i + CHUNK)));
  const used = process.threadCpuUsage(before);
  const us = (used.user + used.system) / items.length;
  console.log(
    `round ${round + 1}: ${items.length} stories (${bbc ? 'synthetic and BBC' : 'synthetic'}), ${us.toFixed(0)} µs of CPU a story`,
  );
}
const hash = createHash('sha256');
for (const c of chunks) hash.update(c.articles).update(c.search).update(c.rank);
const bytes = chunks.reduce((n, c) => n + c.articles.length + c.search.length + c.rank.length, 0);
console.log(`rows: ${bytes} bytes, sha256 ${hash.digest('hex')}; load average ${loadavg()[0]!.toFixed(1)}`);
if (values.dump) writeFileSync(values.dump, Buffer.concat(chunks.flatMap((c) => [c.articles, c.search, c.rank])));
