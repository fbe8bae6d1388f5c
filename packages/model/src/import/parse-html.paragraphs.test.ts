/**
 * @module
 * No word lost from inside a paragraph: over every page of the shared HTML corpus, each
 * paragraph of the reference text (Readability's `expected.html`, or the hand-checked
 * `articleBody`) that the import keeps at all must be kept whole, word for word. Leaving a whole
 * paragraph out is a judgement about furniture; keeping part of one deletes words a reader
 * needs ("reverse its position on and lift trade sanctions"). Skipped when the corpus is absent.
 */
import { describe, expect, it } from 'vitest';
import { MOZILLA_DIR, SCRAPINGHUB_DIR, missingCorpus, mozillaCases, scrapinghubPages } from '../../bench/corpus.ts';
import { checkParagraphs, htmlParagraphs, importedText, textParagraphs } from '../../bench/paragraphs.ts';
import { parseHtml } from './parse-html.ts';

const CORPUS_TIMEOUT = 300_000;

/** Over both corpora: the reference paragraphs of the pages imported, and those kept whole. */
const tally = { total: 0, whole: 0, corpora: 0 };

/** The broken paragraphs of one page, as lines naming the page and the missing words. */
function brokenLines(page: string, reference: string[], html: string, url: string): string[] {
  let text: string;
  try {
    text = importedText(parseHtml(html, { url }));
  } catch {
    return []; // Refused or not found: nothing kept, so nothing kept in part.
  }
  const check = checkParagraphs(reference, text);
  tally.total += check.total;
  tally.whole += check.whole;
  return check.broken.map((b) => `${page}: missing ${JSON.stringify(b.missing.join(' '))} from "${b.paragraph.slice(0, 160)}"`);
}

const mozillaMissing = missingCorpus(MOZILLA_DIR);
describe.skipIf(mozillaMissing !== undefined)(
  `paragraphs kept whole on Readability.js test pages${mozillaMissing ? ` (skipped: ${mozillaMissing})` : ''}`,
  () => {
    it(
      'keeps every reference paragraph it keeps at all whole',
      () => {
        const broken: string[] = [];
        for (const c of mozillaCases())
          broken.push(...brokenLines(c.name, htmlParagraphs(c.expectedHtml), c.source, 'http://fakehost/test/page.html'));
        tally.corpora++;
        expect(broken.join('\n')).toBe('');
      },
      CORPUS_TIMEOUT,
    );
  },
);

const scrapinghubMissing = missingCorpus(SCRAPINGHUB_DIR);
describe.skipIf(scrapinghubMissing !== undefined)(
  `paragraphs kept whole on scrapinghub-aeb${scrapinghubMissing ? ` (skipped: ${scrapinghubMissing})` : ''}`,
  () => {
    it(
      'keeps every reference paragraph it keeps at all whole',
      () => {
        const broken: string[] = [];
        for (const page of scrapinghubPages())
          broken.push(...brokenLines(page.id.slice(0, 12), textParagraphs(page.articleBody), page.html, page.url));
        tally.corpora++;
        expect(broken.join('\n')).toBe('');
      },
      CORPUS_TIMEOUT,
    );
  },
);

// Leaving a whole paragraph out is a judgement about furniture, but one a reference keeps is
// usually text: at most one in a hundred may go (issue 13; `node bench/extraction.ts` prints the share).
describe.skipIf(mozillaMissing !== undefined || scrapinghubMissing !== undefined)('paragraphs kept whole over both corpora', () => {
  it('keeps at least 99% of all reference paragraphs whole', () => {
    expect(tally.corpora, 'the two corpus tests above ran').toBe(2);
    expect(tally.whole / tally.total).toBeGreaterThanOrEqual(0.99);
  });
});
