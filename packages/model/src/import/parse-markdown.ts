/**
 * @module
 * Markdown import: YAML front matter for the metadata, GitHub-flavoured Markdown for the body.
 */
import type { Definition } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { ArticleInput } from '../article.ts';
import { ArticleInput as ArticleInputSchema } from '../article.ts';
import { firstProblem } from '../zod-issues.ts';
import { ImportError } from './errors.ts';
import { type ImportWarningOptions, readFrontMatter, splitFrontMatter } from './front-matter.ts';
import { toBlocks } from './markdown-blocks.ts';
import { checkBlockCount, checkMarkdownStructure, checkTextSize, withoutControls } from './source-limits.ts';

/** GitHub-flavoured Markdown (tables, autolinks, strikethrough, footnotes), built once. */
const MARKDOWN_OPTIONS = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

/** How `parseMarkdown` reads: where its warnings go, and whether it validates the result. */
export interface ParseMarkdownOptions extends ImportWarningOptions {
  /**
   * `false` leaves validating the article as a whole to the caller, for a save that validates
   * what it stores anyway (and names the field), so the article is validated once. Every
   * front-matter value is still checked, naming its key.
   */
  validate?: boolean | undefined;
}

/**
 * Parses a Markdown article. Front matter (YAML between `---` lines) supplies headline (or
 * `title`), slug, standfirst (or `description`/`summary`), authors, section, tags, sources,
 * language, status, publishedAt (or `date`), dateline, leadImage, canonicalUrl, corrections and
 * comments (every field of `ArticleInput` but the body); any other key is left out and reported
 * to `options.onWarning`. Without a headline there, the first `#` heading is the headline. `##` gives a
 * level-2 heading, `###` level 3, deeper ones level 4. Block quotes become quotes (a last line
 * starting with — or -- is the attribution), a paragraph holding only an image becomes an
 * image block (its title the caption), links to anything but http(s), mailto, site paths and
 * fragments are kept as plain text, and raw HTML is reduced to its text.
 *
 * Control characters are dropped; the source must keep within the limits of `limits.ts`.
 *
 * @throws {ImportError} `empty_input`, `no_headline`, `no_body`, `invalid_front_matter` (with
 *   `field`), `invalid_input` when the result breaks a limit of the model (unless `validate` is
 *   false), `too_large` or
 *   `too_complex` past a limit of `limits.ts`.
 * @example
 * const input = parseMarkdown('---\ntitle: Night Ferry Returns\ntags: [ferries]\n---\nThe ferry *sailed* again.\n');
 * input.headline; // 'Night Ferry Returns'
 * input.body[0]; // { type: 'paragraph', content: [{ type: 'text', text: 'The ferry ' }, { type: 'text', text: 'sailed', marks: ['em'] }, …] }
 */
export function parseMarkdown(source: string, options: ParseMarkdownOptions = {}): ArticleInput {
  checkTextSize(source);
  const md = withoutControls(source);
  checkMarkdownStructure(md);
  if (md.trim() === '') throw new ImportError('empty_input', 'The Markdown is empty: expected a headline and a body.');
  const { yaml, body } = splitFrontMatter(md);
  const fields = yaml === undefined ? {} : readFrontMatter(yaml, options);
  const tree = fromMarkdown(body, MARKDOWN_OPTIONS);
  const defs = new Map<string, Definition>();
  for (const node of tree.children) if (node.type === 'definition') defs.set(node.identifier.toLowerCase(), node);
  const { title, blocks } = toBlocks(tree.children, defs, fields.headline);
  const headline = fields.headline ?? title;
  if (headline === undefined) {
    throw new ImportError(
      'no_headline',
      'The Markdown has no headline: add "headline:" to the front matter or start the text with a "# " heading.',
    );
  }
  if (blocks.length === 0) throw new ImportError('no_body', `The article "${headline}" has no body: expected text after the headline.`);
  checkBlockCount(blocks.length);
  const input: ArticleInput = { ...fields, headline, body: blocks };
  if (options.validate === false) return input;
  const check = ArticleInputSchema.safeParse(input);
  if (!check.success) {
    const problem = firstProblem(check.error.issues);
    throw new ImportError('invalid_input', `The article cannot be stored: "${problem.field}" is invalid: ${problem.message}.`, {
      field: problem.field,
    });
  }
  return input;
}
