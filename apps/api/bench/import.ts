/**
 * @module
 * Import benchmark: `node bench/import.ts [--runs 3]`.
 *
 * Imports every BBC text of the shared corpus (1,782 files, 79 of them byte-for-byte copies of
 * another) into a fresh SQLite database, as `dateline import` does, and checks the outcome: every
 * file imported, and as many stored articles as there are distinct stories. In the same run, the
 * baseline parses the same files without a database (decode, parseText, prepareArticle and the
 * content hash), so the ratio shows what storing costs. A re-run of the import (all unchanged)
 * is timed too. Each figure is the median of the runs.
 *
 * The corpus is read from the shared folder (`SHARED_DIR`, else ../shared beside the checkout)
 * and the benchmark is skipped, with a message, when it is absent.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeText, parseText, prepareArticle } from '@dateline/model';
import { contentHash } from '../src/services/content-hash.ts';
import { importSources, type ImportTally } from '../src/services/import-files.ts';
import { collectSources } from '../src/services/import-sources.ts';
import { openSqliteStore } from '../src/store/sqlite/store.ts';
import { sharedDir } from '../src/testing/cli-process.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs) || 3);

const shared = sharedDir();
const corpus = shared && join(shared, 'corpus', 'text', 'bbc');
if (!corpus || !existsSync(corpus)) {
  console.log('import: SKIPPED, the BBC corpus is not there (set SHARED_DIR, or put the shared folder at ../shared beside the checkout)');
  process.exit(0);
}

const sources = await collectSources([corpus], corpus);
const files = sources.flatMap((s) => (s.kind === 'file' ? [s.path] : []));

/** Parsing alone: what an import does to each file before the database sees it. */
function parseOnly(): { ms: number; stories: Set<string>; bytes: Set<string> } {
  const stories = new Set<string>();
  const bytes = new Set<string>();
  const start = performance.now();
  for (const path of files) {
    const raw = readFileSync(path);
    const input = parseText(decodeText(raw));
    prepareArticle(input, { id: randomUUID(), now: new Date() });
    stories.add(contentHash(input));
    bytes.add(createHash('sha256').update(raw).digest('hex'));
  }
  return { ms: performance.now() - start, stories, bytes };
}

/** The import into a fresh database, then again into the same one. */
async function importTwice(): Promise<{ ms: number; againMs: number; tally: ImportTally; again: ImportTally; stored: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-import-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  try {
    await store.migrate();
    let start = performance.now();
    const tally = await importSources(store, sources, { cwd: corpus! });
    const ms = performance.now() - start;
    start = performance.now();
    const again = await importSources(store, sources, { cwd: corpus! });
    const againMs = performance.now() - start;
    return { ms, againMs, tally, again, stored: await store.countArticles() };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const perSecond = (ms: number) => Math.round(files.length / (ms / 1000)).toLocaleString('en');

const parses: ReturnType<typeof parseOnly>[] = [];
const imports: Awaited<ReturnType<typeof importTwice>>[] = [];
for (let run = 0; run < runs; run += 1) {
  parses.push(parseOnly());
  imports.push(await importTwice());
}
const parseMs = median(parses.map((p) => p.ms));
const importMs = median(imports.map((i) => i.ms));
const againMs = median(imports.map((i) => i.againMs));
const { stories, bytes } = parses[0]!;
const { tally, again, stored } = imports[0]!;

console.log(`import: ${files.length.toLocaleString('en')} BBC texts into a fresh SQLite database, median of ${runs} runs`);
console.log(`  baseline, parse only (decode, parseText, prepareArticle, hash): ${parseMs.toFixed(0)} ms, ${perSecond(parseMs)} articles/s`);
console.log(
  `  dateline import (parse and store, batches of 500):              ${importMs.toFixed(0)} ms, ${perSecond(importMs)} articles/s`,
);
console.log(`  the same import again (all unchanged):                          ${againMs.toFixed(0)} ms, ${perSecond(againMs)} articles/s`);
console.log(`  storing costs ${(importMs / parseMs).toFixed(2)}× parsing alone`);
const { created, updated, unchanged, duplicate, failed } = tally.articles;
console.log(`  outcomes: ${created} created, ${updated} updated, ${unchanged} unchanged, ${duplicate} duplicates, ${failed} failed`);
console.log(
  `  again:    ${again.articles.created} created, ${again.articles.updated} updated, ${again.articles.unchanged} unchanged, ${again.articles.duplicate} duplicates, ${again.articles.failed} failed`,
);
console.log(`  stored ${stored} articles; distinct stories ${stories.size}, distinct files ${bytes.size}`);

const problems = [
  failed > 0 &&
    `${failed} files failed: ${tally.failures
      .slice(0, 3)
      .map((f) => `${f.label}: ${f.reason}`)
      .join('; ')}`,
  stored !== stories.size && `${stored} articles stored, but there are ${stories.size} distinct stories`,
  created + duplicate + updated + unchanged !== files.length && 'some files have no outcome',
  again.articles.created + again.articles.updated > 0 && 'the second import changed something',
].filter(Boolean);
if (problems.length > 0) {
  console.log(`  CHECK FAILED: ${problems.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log('  check: every file imported, each distinct story stored once, the re-run changed nothing');
}
