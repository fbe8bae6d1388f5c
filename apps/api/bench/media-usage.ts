/**
 * @module
 * Media usage benchmark: `node bench/media-usage.ts [--count 20000] [--lookups 200]`.
 *
 * Imports `count` synthetic articles (about 600 words each; every hundredth shows one of ten
 * library pictures in its body, every fiftieth another as its lead image) through the store's
 * batched write path into a fresh SQLite file, then times "where is this picture used" through
 * the store (the usage index, `article_media`) against the scan of every document it replaced,
 * run in the same process on the same file. CPU time is printed beside wall time, since the
 * machine may be shared. The check: the index lookup's median is under a tenth of the scan's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import type { ArticleInput } from '@dateline/model';
import { openSqliteStore } from '../src/store/sqlite/store.ts';
import { importArticles } from './search-measure.ts';
import { makeCorpus, prng, syntheticArticle } from './search-data.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '20000' }, lookups: { type: 'string', default: '200' } } });
const count = Math.max(100, Number(values.count) || 20_000);
const lookups = Math.max(1, Number(values.lookups) || 200);

const pictures = Array.from({ length: 10 }, (_, i) => (i + 1).toString(16).repeat(64).slice(0, 64));
const image = (id: string) => ({ src: `/media/${id}/2000.jpg`, alt: 'A picture', media: { id, width: 2000, height: 1333 } });
const corpus = makeCorpus(prng(1));
function article(n: number): ArticleInput {
  const input = syntheticArticle(corpus, n);
  if (n % 100 === 0) input.body = [...input.body, { type: 'image', ...image(pictures[(n / 100) % 10]!) }];
  if (n % 50 === 25) input.leadImage = image(pictures[((n / 50) | 0) % 10]!);
  return input;
}

const dir = mkdtempSync(join(tmpdir(), 'dateline-media-usage-bench-'));
try {
  const path = join(dir, 'bench.db');
  const store = openSqliteStore(path);
  await store.migrate();
  const imported = await importArticles(store, article, { count, batch: 1000 });
  const raw = new DatabaseSync(path, { readOnly: true });
  const scan = raw.prepare('SELECT slug, headline, status FROM articles WHERE instr(document, ?) > 0 ORDER BY sort_at DESC, id DESC');

  const time = async (lookup: (id: string) => Promise<number> | number) => {
    const walls: number[] = [];
    const cpu = process.cpuUsage();
    let found = 0;
    for (let i = 0; i < lookups; i++) {
      const start = performance.now();
      found += await lookup(pictures[i % pictures.length]!);
      walls.push(performance.now() - start);
    }
    const used = process.cpuUsage(cpu);
    walls.sort((a, b) => a - b);
    return {
      median: walls[Math.floor(walls.length / 2)]!,
      cpuPerLookup: (used.user + used.system) / 1000 / lookups,
      found: found / lookups,
    };
  };
  const indexed = await time(async (id) => (await store.mediaUsage(id)).length);
  const scanned = await time((id) => scan.all(id).length);
  raw.close();
  await store.close();

  const row = (name: string, f: { median: number; cpuPerLookup: number; found: number }) =>
    `  ${name.padEnd(22)} median ${f.median.toFixed(3).padStart(9)} ms   CPU ${f.cpuPerLookup.toFixed(3).padStart(9)} ms a lookup   ${f.found.toFixed(0)} stories a picture`;
  console.log(
    `media usage: ${count.toLocaleString('en')} articles on SQLite (stored in ${(imported.storeMs / 1000).toFixed(1)} s), ${lookups} lookups`,
  );
  console.log(row('usage index', indexed));
  console.log(row('scan of the documents', scanned));
  if (indexed.found !== scanned.found) throw new Error(`the index found ${indexed.found} stories a picture, the scan ${scanned.found}`);
  const ratio = indexed.median / scanned.median;
  console.log(`  index / scan: ${(ratio * 100).toFixed(2)}% (ceiling 10%)`);
  if (ratio > 0.1) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
