/**
 * @module
 * The HTML importer: a saved web page to an `ArticleInput`. Readability finds the article, our
 * cleaners take out what it leaves (share bars, bylines, related links, captions as text…), and
 * the rest becomes model blocks. Pure: no network and no file access.
 */
import type { ArticleInput } from '../article.ts';
import type { Block } from '../block.ts';
import { truncateAtWord } from '../derive/excerpt.ts';
import { ImportError } from './errors.ts';
import { articleText } from './html-article-text.ts';
import { claimBlocks } from './html-claim-review.ts';
import { parseByline } from './byline.ts';
import { cleanBlocks } from './html-clean-blocks.ts';
import { cleanArticleDom } from './html-clean-dom.ts';
import { baseUrlOf, htmlDocument, squash, textOf } from './html-dom.ts';
import { cleanHeadline, sameHeadline } from './html-headline.ts';
import { jsonLdClaims } from './html-json-ld.ts';
import { htmlMetadata } from './html-metadata.ts';
import { readableArticle } from './html-readability.ts';
import { htmlToBlocks } from './html-to-blocks.ts';
import { checkBlockCount, checkElementDepth, checkTextSize, withoutControls } from './source-limits.ts';

/**
 * The least article text (letters and digits, about 40 words) a page must have to be imported
 * as a story: below it, pages are lists, forms, error or cookie pages, whose headline would be
 * invented from whatever text there is.
 */
export const MIN_ARTICLE_CHARACTERS = 200;

/** Options for `parseHtml`. */
export interface ParseHtmlOptions {
  /** The address the page was fetched from: relative links and images resolve against it. */
  url?: string;
}

/**
 * Imports a web page as an article. Headline from `og:title`, JSON-LD, the `<h1>` or `<title>`
 * (site name removed); authors, publication time, lead image, canonical URL, language and
 * standfirst from the page's metadata; body blocks from the article Readability finds, cleaned
 * of page furniture; a fact-check's reviewed claim and verdict (JSON-LD `ClaimReview`) open the body
 * when the article does not state it. Links and images are made absolute against `url` (never the page's `<base>`); links that
 * are not http(s), mailto or a fragment become plain text.
 *
 * Throws `ImportError` with code `empty_input` for a blank page, `no_body` when nothing
 * article-like is found, `not_article` when what is found has fewer than
 * `MIN_ARTICLE_CHARACTERS` letters, `no_headline` when the page names no headline, `too_complex`
 * when its elements nest deeper than `MAX_NESTING_DEPTH`, `too_large` past the text or block limits.
 *
 * @example
 * const article = parseHtml(
 *   '<html lang="en"><head><title>River path reopens | Gazette</title></head><body><article>' +
 *     '<h1>River path reopens</h1><p class="byline">By Ann Lee</p>' +
 *     '<p>The river path reopened on Monday after two years of repairs to its flood walls.</p>' +
 *     '</article></body></html>',
 *   { url: 'https://gazette.example/news/river-path' },
 * );
 * article.headline; // 'River path reopens'
 */
export function parseHtml(html: string, options: ParseHtmlOptions = {}): ArticleInput {
  if (html.trim() === '') throw new ImportError('empty_input', 'The page is empty.');
  const document = htmlDocument(withoutControls(html));
  checkElementDepth(document.documentElement);
  // Readability resolves links against the document's base: the page's own <base> must not be it.
  for (const base of document.querySelectorAll('base')) base.remove();
  if (textOf(document.body) === '') throw new ImportError('empty_input', 'The page has no text.');
  const base = baseUrlOf(document, options.url);
  const meta = htmlMetadata(document, base);
  // Read before Readability, which takes the page's scripts out.
  const claims = jsonLdClaims(document);
  const found = readableArticle(document);
  if (!found) throw new ImportError('no_body', 'No article was found in the page.');

  const stated =
    (meta.headline ?? (found.title ? cleanHeadline(found.title, meta.siteName) : undefined))?.slice(0, 300).trim() || undefined;
  const byline =
    meta.authors.length > 0 ? { authors: meta.authors, source: meta.source } : parseByline(found.byline ?? '', { siteName: meta.siteName });
  const { authors } = byline;

  cleanArticleDom(found.root);
  const body = cleanBlocks(htmlToBlocks(found.root, { base }), { headline: stated ?? '', authors, description: meta.description });
  if (!body.some((block) => block.type !== 'image')) throw new ImportError('no_body', 'The article found in the page has no text.');
  checkBlockCount(body.length);
  checkTextSize(articleText({ body }));
  const letters = articleText({ body }).match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (letters < MIN_ARTICLE_CHARACTERS) {
    throw new ImportError(
      'not_article',
      `Not an article: the page has ${letters} letters of article text, fewer than ${MIN_ARTICLE_CHARACTERS}.`,
    );
  }
  const headline = stated ?? headlineFromBody(body);
  if (!headline) throw new ImportError('no_headline', 'The page has no headline or title.');

  const article: ArticleInput = { headline, body, authors: authors.map((name) => ({ name })) };
  // The agency or publisher the byline credits ("…, Associated Press") is where the story came from.
  if (byline.source) article.sources = [{ name: byline.source }];
  const standfirst = standfirstOf(meta.description, body);
  if (standfirst) article.standfirst = standfirst;
  if (meta.publishedAt) article.publishedAt = meta.publishedAt;
  if (meta.leadImage) article.leadImage = meta.leadImage;
  const canonical = meta.canonicalUrl ?? (options.url && /^https?:\/\//i.test(options.url) ? options.url : undefined);
  if (canonical) article.canonicalUrl = canonical;
  if (meta.language) article.language = meta.language;
  // A headline repeated as the first block adds nothing to the body.
  if (body.length > 1 && body[0]?.type === 'heading' && sameHeadline(body[0].text, headline)) body.shift();
  // A fact-check's claim, set outside the article's container, is what the story is about.
  body.unshift(...claimBlocks(claims, body, headline, meta.language));
  return article;
}

/**
 * A headline for a page that states none: its first subheading, else its opening sentence cut
 * to headline length. A writer will want to edit it, but the article can be imported.
 */
function headlineFromBody(body: readonly Block[]): string | undefined {
  const heading = body.find((block) => block.type === 'heading');
  if (heading) return heading.text;
  const text = articleText({ body: body.slice(0, 1) });
  const sentence = /^.+?[.!?](?=\s|$)/su.exec(text)?.[0] ?? text;
  return squash(sentence) ? truncateAtWord(squash(sentence), 120) : undefined;
}

/**
 * The page's description as a standfirst, unless it only repeats (or cuts short) the opening of
 * the body, is too long to be a summary, or is about the site rather than this article.
 */
function standfirstOf(description: string | undefined, body: readonly Block[]): string | undefined {
  const text = squash(description ?? '');
  if (text === '' || text.length > 1000) return undefined;
  const stem = comparable(text.replace(/(?:\.\.\.|…)$/, ''));
  const opening = comparable(articleText({ body: body.slice(0, 6) }));
  if (stem === '' || opening.includes(stem)) return undefined;
  // A site-wide description ("News, sport and weather from…") shares few words with the story.
  const words = new Set(comparable(articleText({ body })).split(' '));
  const own = stem.split(' ');
  return own.filter((w) => words.has(w)).length * 2 >= own.length ? text : undefined;
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
