/**
 * @module
 * Extraction benchmark for the HTML importer: `node bench/extraction.ts [--verbose]`.
 *
 * 1. scrapinghub article-extraction-benchmark: precision, recall and F1 over word 4-shingles of
 *    `articleText(parseHtml(page))` against the hand-checked `articleBody`, scored as upstream's
 *    evaluate.py does, next to plain Readability (its `textContent`, no cleanup) on the same pages.
 * 2. Readability.js test pages: token F1 of our body text against the text of `expected.html`,
 *    how many pages throw, and how many headlines match the expected titles.
 * 3. Over both: the share of reference paragraphs kept whole (of those kept at all, and of all,
 *    each one not kept whole listed with --verbose;
 *    and of all again with the scrapinghub paragraphs that are the whole text of a link in the
 *    page left out, as the Readability references leave such paragraphs out), headline accuracy (the headline's words all in the reference title, with at least half of
 *    its words once the site name is out), byline accuracy on pages whose reference byline names
 *    people, and the authors found that are no person's name (junk), listed.
 *
 * The corpora are read from the shared folder and skipped, with a message, when absent.
 */
import type { ArticleInput } from '../src/article.ts';
import { articleText } from '../src/import/html-article-text.ts';
import { htmlDocument, textOf } from '../src/import/html-dom.ts';
import { readableArticle } from '../src/import/html-readability.ts';
import { parseHtml } from '../src/import/parse-html.ts';
import { MOZILLA_DIR, SCRAPINGHUB_DIR, missingCorpus, mozillaCases, scrapinghubPages } from './corpus.ts';
import { type TpFpFn, overallScore, pageF1, shingleMatch } from './shingle-metric.ts';
import { bylineMatches, junkAuthor, REFERENCE_NAMES_NO_PERSON } from './bylines.ts';
import { checkParagraphs, htmlParagraphs, importedText, textParagraphs } from './paragraphs.ts';
import { headlineMatches, sameTitle, tokenF1 } from './text-compare.ts';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const f3 = (n: number) => n.toFixed(3);
const pct = (n: number, of: number) => `${of === 0 ? '-' : ((100 * n) / of).toFixed(1)}%`;

/** Figures gathered over both corpora for the quality summary. */
const quality = {
  paragraphs: 0,
  kept: 0,
  whole: 0,
  unlinkedParagraphs: 0,
  unlinkedWhole: 0,
  broken: [] as string[],
  lost: [] as string[],
  headlines: 0,
  headlinesRight: 0,
  bylines: 0,
  bylinesRight: 0,
  pages: 0,
  refused: 0,
  junk: [] as string[],
};

function judge(page: string, article: ArticleInput | undefined, reference: string[], linkTexts?: ReadonlySet<string>): void {
  quality.pages++;
  if (!article) return void quality.refused++;
  const check = checkParagraphs(reference, importedText(article));
  // The same without the paragraphs that are all link in the page: the Readability references
  // leave those out already (htmlParagraphs); a plain-text reference cannot, so the page tells.
  const unlinked = linkTexts
    ? checkParagraphs(
        reference.filter((p) => !linkTexts.has(p.trim())),
        importedText(article),
      )
    : check;
  quality.unlinkedParagraphs += unlinked.total;
  quality.unlinkedWhole += unlinked.whole;
  quality.paragraphs += check.total;
  quality.kept += check.kept;
  quality.whole += check.whole;
  for (const b of check.broken) quality.broken.push(`${page}: missing "${b.missing.join(' ')}"`);
  if (verbose) for (const p of lostParagraphs(reference, article)) quality.lost.push(`${page}: "${p.slice(0, 160)}"`);
  for (const { name } of article.authors ?? []) {
    const why = junkAuthor(name);
    if (why) quality.junk.push(`${page}: "${name}" (${why})`);
  }
}

// The reference paragraphs not kept whole, one check each (slow, so only with --verbose): the
// same judgement as the figure, which counts them all at once.
function lostParagraphs(reference: readonly string[], article: ArticleInput): string[] {
  const text = importedText(article);
  return reference.filter((p) => {
    const one = checkParagraphs([p], text);
    return one.total === 1 && one.whole === 0;
  });
}

function scrapinghub(): void {
  const missing = missingCorpus(SCRAPINGHUB_DIR);
  if (missing) return void console.log(`scrapinghub-aeb: SKIPPED, ${missing}`);
  const ours: TpFpFn[] = [];
  const baseline: TpFpFn[] = [];
  const failures: string[] = [];
  let oursMs = 0;
  let baselineMs = 0;
  for (const page of scrapinghubPages()) {
    const linkTexts = new Set([...htmlDocument(page.html).querySelectorAll('a')].map((a) => textOf(a)));
    let t = performance.now();
    let text = '';
    let article: ArticleInput | undefined;
    try {
      article = parseHtml(page.html, { url: page.url });
      text = articleText(article);
    } catch (error) {
      failures.push(`${page.id.slice(0, 8)} ${(error as Error).message}`);
    }
    judge(page.id.slice(0, 8), article, textParagraphs(page.articleBody), linkTexts);
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
    console.log(
      `  ${name.padEnd(22)} precision ${f3(s.precision)}  recall ${f3(s.recall)}  F1 ${f3(s.f1)}  ${(n / (ms / 1000)).toFixed(1)} pages/s`,
    );
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
      judge(c.name, article, htmlParagraphs(c.expectedHtml));
      if (c.metadata.title) {
        quality.headlines++;
        if (headlineMatches(article.headline, c.metadata.title, c.metadata.siteName)) quality.headlinesRight++;
        else if (verbose) console.log(`  headline ${c.name}: "${article.headline}" vs "${c.metadata.title}"`);
      }
      if (c.metadata.byline && !REFERENCE_NAMES_NO_PERSON.has(c.name)) {
        quality.bylines++;
        const found = (article.authors ?? []).map((a) => a.name);
        if (bylineMatches(found, c.metadata.byline)) quality.bylinesRight++;
        else if (verbose) console.log(`  byline ${c.name}: ${JSON.stringify(found)} vs ${JSON.stringify(c.metadata.byline)}`);
      }
      if (c.metadata.title) {
        titled++;
        if (sameTitle(article.headline, c.metadata.title)) titleMatches++;
        else if (verbose) console.log(`  title  ${c.name}: "${article.headline}" vs "${c.metadata.title}"`);
      }
      if (verbose) console.log(`${c.name.padEnd(40)} token F1 ${f3(f1)}`);
    } catch (error) {
      ms += performance.now() - t;
      judge(c.name, undefined, []);
      threw.push(`${c.name}${c.metadata.readerable === false ? ' (not readerable)' : ''}: ${(error as Error).message}`);
    }
  }
  console.log(`mozilla-readability: ${count} cases, token F1 against expected.html`);
  const refused = threw.filter((t) => t.includes('Not an article')).length;
  console.log(`  mean token F1 ${f3(f1Sum / count)} (a case that throws counts as 0)  ${(count / (ms / 1000)).toFixed(1)} pages/s`);
  if (refused > 0)
    console.log(`  mean token F1 ${f3(f1Sum / (count - refused))} over the ${count - refused} cases not refused as not articles`);
  console.log(`  headline matches expected title: ${titleMatches}/${titled}`);
  console.log(`  threw: ${threw.length}${threw.length > 0 ? `\n    ${threw.join('\n    ')}` : ''}`);
}

function summary(): void {
  if (quality.pages === 0) return;
  const q = quality;
  console.log(`quality over ${q.pages} pages (${q.refused} refused as not articles or unreadable):`);
  console.log(
    `  reference paragraphs kept whole: ${pct(q.whole, q.kept)} of the ${q.kept} kept at all (target 100%), ${pct(q.whole, q.paragraphs)} of all ${q.paragraphs}`,
  );
  console.log(
    `    ${pct(q.unlinkedWhole, q.unlinkedParagraphs)} of all ${q.unlinkedParagraphs} when the scrapinghub paragraphs that are the whole text of a link in the page (related headlines, product links) are left out, as the Readability references leave them out`,
  );
  if (q.broken.length > 0) console.log(`    kept in part: ${q.broken.join('; ')}`);
  if (q.lost.length > 0) console.log(`    not kept whole (${q.lost.length}):\n      ${q.lost.join('\n      ')}`);
  console.log(
    `  headline accuracy: ${pct(q.headlinesRight, q.headlines)} (${q.headlinesRight}/${q.headlines} headlines' words in the reference title, site name out; target 97%)`,
  );
  console.log(
    `  byline accuracy: ${pct(q.bylinesRight, q.bylines)} (${q.bylinesRight}/${q.bylines} pages whose reference byline names people: those authors found)`,
  );
  console.log(`  junk authors: ${q.junk.length} (target 0)${q.junk.length > 0 ? `\n    ${q.junk.join('\n    ')}` : ''}`);
}

scrapinghub();
mozilla();
summary();
