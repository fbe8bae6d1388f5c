/**
 * @module
 * parseHtml on real pages: the Readability.js test pages and the scrapinghub
 * article-extraction-benchmark, read in place from the shared folder and skipped when it is
 * absent. A quality guard: the floor sits just under the measured score (0.979 F1, see
 * `npm run bench` in this package), so a cleaner change that loses text fails here.
 */
import { describe, expect, it } from 'vitest';
import { MOZILLA_DIR, SCRAPINGHUB_DIR, missingCorpus, mozillaCases, scrapinghubPages } from '../../bench/corpus.ts';
import { type TpFpFn, overallScore, shingleMatch } from '../../bench/shingle-metric.ts';
import { headlineMatches, sameTitle } from '../../bench/text-compare.ts';
import { ArticleInput } from '../article.ts';
import { articleText } from './html-article-text.ts';
import { parseHtml } from './parse-html.ts';

/** Lowest acceptable mean shingle F1 on scrapinghub-aeb (Readability.js alone scores 0.948). */
const SCRAPINGHUB_F1_FLOOR = 0.97;
/** Share of Readability.js cases with a title whose headline must match it. */
const TITLE_MATCH_FLOOR = 0.9;
/** Share whose headline's words must all be in the title, site name out (measured 96/98, `npm run bench`). */
const HEADLINE_ACCURACY_FLOOR = 0.97;
const CORPUS_TIMEOUT = 300_000;

const mozillaMissing = missingCorpus(MOZILLA_DIR);
describe.skipIf(mozillaMissing !== undefined)(
  `parseHtml on Readability.js test pages${mozillaMissing ? ` (skipped: ${mozillaMissing})` : ''}`,
  () => {
    it(
      'parses every readerable page into a valid article, with headlines matching the expected titles (90%), their words all in them (97%)',
      () => {
        const failures: string[] = [];
        let titled = 0;
        let matched = 0;
        let accurate = 0;
        const misses: string[] = [];
        for (const c of mozillaCases()) {
          if (c.metadata.readerable === false) continue;
          let article;
          try {
            article = parseHtml(c.source, { url: 'http://fakehost/test/page.html' });
          } catch (error) {
            failures.push(`${c.name}: ${(error as Error).message}`);
            continue;
          }
          const check = ArticleInput.safeParse(article);
          if (!check.success) failures.push(`${c.name}: invalid ArticleInput: ${check.error.message}`);
          if (c.metadata.title) {
            titled++;
            if (sameTitle(article.headline, c.metadata.title)) matched++;
            else misses.push(`${c.name}: "${article.headline}" vs "${c.metadata.title}"`);
            if (headlineMatches(article.headline, c.metadata.title, c.metadata.siteName)) accurate++;
          }
        }
        expect(failures).toEqual([]);
        expect(titled).toBeGreaterThan(80);
        expect(matched / titled, misses.join('\n')).toBeGreaterThanOrEqual(TITLE_MATCH_FLOOR);
        expect(accurate / titled).toBeGreaterThanOrEqual(HEADLINE_ACCURACY_FLOOR);
      },
      CORPUS_TIMEOUT,
    );
  },
);

const scrapinghubMissing = missingCorpus(SCRAPINGHUB_DIR);
describe.skipIf(scrapinghubMissing !== undefined)(
  `parseHtml on scrapinghub-aeb${scrapinghubMissing ? ` (skipped: ${scrapinghubMissing})` : ''}`,
  () => {
    it(
      `keeps the mean body F1 over word 4-shingles at or above ${SCRAPINGHUB_F1_FLOOR}`,
      () => {
        const pages: TpFpFn[] = [];
        for (const page of scrapinghubPages()) {
          let text = '';
          try {
            text = articleText(parseHtml(page.html, { url: page.url }));
          } catch {
            // A page that throws predicts nothing, which the metric counts against recall.
          }
          pages.push(shingleMatch(page.articleBody, text));
        }
        expect(pages.length).toBeGreaterThan(100);
        const score = overallScore(pages);
        expect(score.f1).toBeGreaterThanOrEqual(SCRAPINGHUB_F1_FLOOR);
      },
      CORPUS_TIMEOUT,
    );
  },
);
