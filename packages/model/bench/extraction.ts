/**
 * @module
 * Extraction benchmark for the HTML importer: `node bench/extraction.ts [--verbose]`.
 *
 * 1. scrapinghub article-extraction-benchmark: precision, recall and F1 over word 4-shingles of
 *    `articleText(parseHtml(page))` against the hand-checked `articleBody`, scored as upstream's
 *    evaluate.py does, next to plain Readability (its `textContent`, no cleanup) on the same pages.
 * 2. Readability.js test pages: token F1 of our body text against the text of `expected.html`,
 *    how many pages throw, and how many headlines match the expected titles.
 *
 * The corpora are read from the shared folder and skipped, with a message, when absent.
 */
import { articleText } from '../src/import/html-article-text.ts';
import { htmlDocument, textOf } from '../src/import/html-dom.ts';
import { readableArticle } from '../src/import/html-readability.ts';
import { parseHtml } from '../src/import/parse-html.ts';
import { MOZILLA_DIR, SCRAPINGHUB_DIR, missingCorpus, mozillaCases, scrapinghubPages } from './corpus.ts';
import { type TpFpFn, overallScore, pageF1, shingleMatch } from './shingle-metric.ts';
import { sameTitle, tokenF1 } from './text-compare.ts';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const f3 = (n: number) => n.toFixed(3);

function scrapinghub(): void {
  const missing = missingCorpus(SCRAPINGHUB_DIR);
  if (missing) return void console.log(`scrapinghub-aeb: SKIPPED, ${missing}`);
  const ours: TpFpFn[] = [];
  const baseline: TpFpFn[] = [];
  const failures: string[] = [];
  let oursMs = 0;
  let baselineMs = 0;
  for (const page of scrapinghubPages()) {
    let t = performance.now();
    let text = '';
    try {
      text = articleText(parseHtml(page.html, { url: page.url }));
    } catch (error) {
      failures.push(`${page.id.slice(0, 8)} ${(error as Error).message}`);
    }
    oursMs += performance.now() - t;
    t = performance.now();
    const plain = readableArticle(htmlDocument(page.html))?.textContent ?? '';
    baselineMs += performance.now() - t;
    const mine = shingleMatch(page.articleBody, text);
    const theirs = shingleMatch(page.articleBody, plain);
    ours.push(mine);
    baseline.push(theirs);
    if (verbose) console.log(`${page.id.slice(0, 8)}  F1 ${f3(pageF1(mine))} (readability ${f3(pageF1(theirs))})  ${page.url}`);
  }
  const n = ours.length;
  const row = (name: string, pages: TpFpFn[], ms: number) => {
    const s = overallScore(pages);
    console.log(`  ${name.padEnd(22)} precision ${f3(s.precision)}  recall ${f3(s.recall)}  F1 ${f3(s.f1)}  ${(n / (ms / 1000)).toFixed(1)} pages/s`);
  };
  console.log(`scrapinghub-aeb: ${n} pages, word 4-shingles, means over pages`);
  row('parseHtml (Dateline)', ours, oursMs);
  row('Readability textContent', baseline, baselineMs);
  if (failures.length > 0) console.log(`  parseHtml threw on ${failures.length}: ${failures.join('; ')}`);
}

function mozilla(): void {
  const missing = missingCorpus(MOZILLA_DIR);
  if (missing) return void console.log(`mozilla-readability: SKIPPED, ${missing}`);
  let count = 0;
  let f1Sum = 0;
  let titled = 0;
  let titleMatches = 0;
  const threw: string[] = [];
  let ms = 0;
  for (const c of mozillaCases()) {
    count++;
    const expected = textOf(htmlDocument(c.expectedHtml).body);
    const t = performance.now();
    try {
      const article = parseHtml(c.source, { url: 'http://fakehost/test/page.html' });
      ms += performance.now() - t;
      const f1 = tokenF1(expected, articleText(article));
      f1Sum += f1;
      if (c.metadata.title) {
        titled++;
        if (sameTitle(article.headline, c.metadata.title)) titleMatches++;
        else if (verbose) console.log(`  title  ${c.name}: "${article.headline}" vs "${c.metadata.title}"`);
      }
      if (verbose) console.log(`${c.name.padEnd(40)} token F1 ${f3(f1)}`);
    } catch (error) {
      ms += performance.now() - t;
      threw.push(`${c.name}${c.metadata.readerable === false ? ' (not readerable)' : ''}: ${(error as Error).message}`);
    }
  }
  console.log(`mozilla-readability: ${count} cases, token F1 against expected.html`);
  console.log(`  mean token F1 ${f3(f1Sum / count)} (a case that throws counts as 0)  ${(count / (ms / 1000)).toFixed(1)} pages/s`);
  console.log(`  headline matches expected title: ${titleMatches}/${titled}`);
  console.log(`  threw: ${threw.length}${threw.length > 0 ? `\n    ${threw.join('\n    ')}` : ''}`);
}

scrapinghub();
mozilla();
