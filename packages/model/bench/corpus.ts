/**
 * @module
 * The third-party HTML test pages in the shared folder (`<repo root>/../shared`, or `SHARED_DIR`),
 * read in place: they are never copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** The shared folder that holds `corpus/`. */
export const SHARED_DIR = process.env['SHARED_DIR'] ?? resolve(REPO_ROOT, '..', 'shared');

/** Where the scrapinghub article-extraction-benchmark pages are. */
export const SCRAPINGHUB_DIR = join(SHARED_DIR, 'corpus', 'html', 'scrapinghub-aeb');

/** Where the Readability.js test pages are. */
export const MOZILLA_DIR = join(SHARED_DIR, 'corpus', 'html', 'mozilla-readability');

/** One benchmark page with its hand-checked article body. */
export interface ScrapinghubPage {
  id: string;
  url: string;
  html: string;
  articleBody: string;
}

/** One Readability.js test case. */
export interface MozillaCase {
  name: string;
  source: string;
  expectedHtml: string;
  metadata: { title?: string | null; byline?: string | null; siteName?: string | null; lang?: string | null; readerable?: boolean };
}

/**
 * Why a corpus cannot be used, or `undefined` when it is there.
 *
 * @example
 * missingCorpus(SCRAPINGHUB_DIR); // undefined on a developer machine with ../shared
 */
export function missingCorpus(dir: string): string | undefined {
  return existsSync(dir) ? undefined : `corpus not found at ${dir} (set SHARED_DIR to the folder holding corpus/)`;
}

/**
 * The scrapinghub pages, sorted by id, each unpacked from its `.html.gz`.
 *
 * @example
 * for (const page of scrapinghubPages()) console.log(page.id, page.url);
 */
export function* scrapinghubPages(dir = SCRAPINGHUB_DIR): Generator<ScrapinghubPage> {
  for (const id of readdirSync(dir).sort()) {
    const caseDir = join(dir, id);
    if (!existsSync(join(caseDir, 'expected.json'))) continue;
    const expected = JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8')) as { url: string; articleBody?: string };
    const html = gunzipSync(readFileSync(join(caseDir, 'source.html.gz'))).toString('utf8');
    yield { id, url: expected.url, html, articleBody: expected.articleBody ?? '' };
  }
}

/**
 * The Readability.js test cases, sorted by name.
 *
 * @example
 * for (const c of mozillaCases()) console.log(c.name, c.metadata.title);
 */
export function* mozillaCases(dir = MOZILLA_DIR): Generator<MozillaCase> {
  for (const name of readdirSync(dir).sort()) {
    const caseDir = join(dir, name);
    if (!existsSync(join(caseDir, 'source.html'))) continue;
    yield {
      name,
      source: readFileSync(join(caseDir, 'source.html'), 'utf8'),
      expectedHtml: readFileSync(join(caseDir, 'expected.html'), 'utf8'),
      metadata: JSON.parse(readFileSync(join(caseDir, 'expected-metadata.json'), 'utf8')) as MozillaCase['metadata'],
    };
  }
}
