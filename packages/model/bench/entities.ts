/**
 * @module
 * Benchmark of people, places, organisations and quotations (`node bench/entities.ts`):
 * precision and recall per entity type and the accuracy of quote speakers against the hand
 * labels in fixtures/entities/bbc-labels.json, then the throughput of `enrich` over every BBC
 * article of the shared corpus on one core. Pass `--misses` to list every miss.
 * Skips with a message when the shared folder is absent.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { enrich } from '../src/entities/enrich.ts';
import { decodeText } from '../src/import/decode.ts';
import { parseText } from '../src/import/parse-text.ts';
import { type ArticleLabels, blockParagraphs, emptyScores, rates, scoreArticle } from '../src/testing/entity-scores.ts';
import { missingShared, sharedPath } from '../src/testing/shared-dir.ts';

const BBC = 'corpus/text/bbc';
const root = sharedPath(BBC);
if (!root) {
  console.log(`bench/entities: ${missingShared(BBC)}`);
  process.exit(0);
}

const labels = JSON.parse(readFileSync(new URL('../fixtures/entities/bbc-labels.json', import.meta.url), 'utf8')) as { articles: ArticleLabels[] };
const scores = emptyScores();
for (const article of labels.articles) {
  const source = decodeText(readFileSync(path.join(root, article.path)));
  const input = parseText(source);
  const result = enrich({ headline: input.headline, body: input.body });
  scoreArticle(scores, article, result, blockParagraphs(source, input.body));
}

const pct = (x: number): string => x.toFixed(3);
console.log(`Entities and quotes on ${labels.articles.length} hand-labelled BBC articles`);
for (const [type, tally] of Object.entries(scores.entities)) {
  const r = rates(tally);
  console.log(`  ${type.padEnd(13)} precision ${pct(r.precision)}  recall ${pct(r.recall)}  f1 ${pct(r.f1)}  (${tally.correct}/${tally.predicted} predicted, ${tally.found}/${tally.labelled} labelled)`);
}
const q = scores.quotes;
console.log(`  quote speakers correct ${pct(q.correct / q.found)} (${q.correct}/${q.found} found); labelled quotes found ${pct(q.found / q.labelled)} (${q.found}/${q.labelled})`);
console.log(`  extracted quotations ${q.extracted}, in ${q.unlabelledBlocks} paragraphs with no labelled quote`);
if (process.argv.includes('--misses')) for (const m of scores.misses) console.log(`    ${m}`);

// Throughput: every BBC article parsed first, then enrich timed alone on this thread.
const articles = readdirSync(root)
  .flatMap((topic) => readdirSync(path.join(root, topic)).map((f) => path.join(root, topic, f)))
  .map((file) => parseText(decodeText(readFileSync(file))));
const runs: number[] = [];
for (let run = 0; run < 3; run++) {
  const start = performance.now();
  for (const a of articles) enrich({ headline: a.headline, body: a.body });
  runs.push(performance.now() - start);
}
const best = Math.min(...runs);
console.log(`enrich throughput: ${articles.length} articles, best of 3 runs ${(best / 1000).toFixed(2)} s, ${Math.round(articles.length / (best / 1000))} articles/s on one core (runs: ${runs.map((r) => (r / 1000).toFixed(2)).join(', ')} s)`);
