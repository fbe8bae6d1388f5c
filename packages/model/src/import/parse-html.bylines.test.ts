/**
 * @module
 * Authors found on real pages: over every page of the shared HTML corpus, no author that is not
 * a person's name (user names, placeholders, dates or agencies glued to names, publishers), and
 * on the Readability.js pages whose reference byline names people, those people found.
 * Skipped when the corpus is absent.
 */
import { describe, expect, it } from 'vitest';
import { bylineMatches, junkAuthor, REFERENCE_NAMES_NO_PERSON } from '../../bench/bylines.ts';
import { MOZILLA_DIR, SCRAPINGHUB_DIR, missingCorpus, mozillaCases, scrapinghubPages } from '../../bench/corpus.ts';
import type { ArticleInput } from '../article.ts';
import { parseHtml } from './parse-html.ts';

/** Share of pages with a reference byline naming people whose authors must be found (measured 46/48). */
const BYLINE_FLOOR = 0.95;
const CORPUS_TIMEOUT = 300_000;

function parsed(html: string, url: string): ArticleInput | undefined {
  try {
    return parseHtml(html, { url });
  } catch {
    return undefined;
  }
}

const junk = (page: string, article: ArticleInput | undefined) =>
  (article?.authors ?? []).flatMap(({ name }) => (junkAuthor(name) ? [`${page}: "${name}" (${junkAuthor(name)})`] : []));

const missing = missingCorpus(MOZILLA_DIR) ?? missingCorpus(SCRAPINGHUB_DIR);
describe.skipIf(missing !== undefined)(`authors found on the shared HTML corpus${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it(
    'finds no junk author on any page, and the reference authors on the pages that name them',
    () => {
      const junkFound: string[] = [];
      const misses: string[] = [];
      let named = 0;
      for (const c of mozillaCases()) {
        const article = parsed(c.source, 'http://fakehost/test/page.html');
        junkFound.push(...junk(c.name, article));
        if (!c.metadata.byline || REFERENCE_NAMES_NO_PERSON.has(c.name)) continue;
        named++;
        const found = (article?.authors ?? []).map((a) => a.name);
        if (!bylineMatches(found, c.metadata.byline))
          misses.push(`${c.name}: ${JSON.stringify(found)} for ${JSON.stringify(c.metadata.byline)}`);
      }
      for (const page of scrapinghubPages()) junkFound.push(...junk(page.id.slice(0, 12), parsed(page.html, page.url)));
      expect(junkFound.join('\n')).toBe('');
      expect(named).toBeGreaterThan(40);
      expect((named - misses.length) / named, misses.join('\n')).toBeGreaterThanOrEqual(BYLINE_FLOOR);
    },
    CORPUS_TIMEOUT,
  );
});
