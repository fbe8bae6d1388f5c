/**
 * @module
 * Turning request bodies into `ArticleInput`: the writable fields of a stored article (for
 * patches), and the text formats editors may send instead of JSON.
 */
import { type Article, type ArticleInput, type ArticleInputParsed, ArticleInput as ArticleInputSchema } from '@dateline/model';
import type { TextFormat } from './import-formats.ts';
import { runUntrusted } from './untrusted/untrusted-pool.ts';
import type { ParsedText } from './untrusted/untrusted-tasks.ts';

const INPUT_KEYS = Object.keys(ArticleInputSchema.shape) as (keyof ArticleInput)[];

/**
 * The fields of `article` a writer controls, as an `ArticleInput` (derived fields, the id and the
 * timestamps the server keeps are left out; a draft's null `publishedAt` is omitted).
 *
 * @example
 * const input = inputOf(article);
 * prepareArticle({ ...input, headline: 'Corrected headline' }, { id: article.id, now });
 */
export function inputOf(article: Article): ArticleInput {
  const input: Record<string, unknown> = {};
  for (const key of INPUT_KEYS) {
    const value = (article as Record<string, unknown>)[key];
    if (value !== undefined && value !== null) input[key] = value;
  }
  return input as ArticleInput;
}

/**
 * `inputOf(article)` as validating it would give it, without validating it again: a stored
 * article is valid already, but one stored before a field with a default existed lacks it.
 * Compared with a validated input, it tells whether a save would change anything.
 *
 * @example
 * if (canonicalJson(validated.input) === canonicalJson(storedInputOf(before))) return { kind: 'unchanged', article: before };
 */
export function storedInputOf(article: Article): ArticleInputParsed {
  const input: Record<string, unknown> = inputOf(article);
  for (const key of INPUT_KEYS) {
    if (input[key] !== undefined) continue;
    // A field's own schema gives its default for a missing value (and undefined when it has none).
    const fallback = ArticleInputSchema.shape[key].safeParse(undefined);
    if (fallback.success && fallback.data !== undefined) input[key] = fallback.data;
  }
  return input as ArticleInputParsed;
}

/**
 * The response header that names the front-matter keys a Markdown body had that are no article
 * field: the article is stored without them, and the writer learns which were left out.
 */
export const IGNORED_FIELDS_HEADER = 'Dateline-Ignored-Fields';

/**
 * The article in a text body: plain text, Markdown with front matter, or an HTML page (`url` is
 * the page's address, for its relative links), parsed in a worker thread with a time limit.
 * Rejects with the importers' `ImportError`, or `UntrustedWorkTimeout` when parsing took too long.
 *
 * @example
 * const { input, warnings } = await parseArticleText('text/markdown', '# River path reopens\n\nThe path reopened on Monday.', undefined);
 */
export function parseArticleText(format: TextFormat, text: string, url: string | undefined): Promise<ParsedText> {
  return runUntrusted('parse', [format, text, url]);
}
