/**
 * @module
 * Plain-text import: a headline on the first line, then paragraphs, subheadings and lists,
 * recognised from the layout a writer or a copy-paste leaves behind.
 */
import type { ArticleInput } from '../article.ts';
import type { Block } from '../block.ts';
import { plain } from '../inline-text.ts';
import { dropTrailingBoilerplate } from './boilerplate.ts';
import { ImportError } from './errors.ts';
import { checkBlockCount, checkTextSize, withoutControls } from './source-limits.ts';
import { isLabelValueLine, isProse, isTitleLike, listItem, startsMidSentence } from './text-heuristics.ts';

/** The longest first line that is still taken as a headline (the `ArticleInput` limit). */
const MAX_HEADLINE = 300;

/**
 * Parses a plain-text article. The first non-empty line is the headline. After it, paragraphs
 * are separated by blank lines or sit one per line; hard-wrapped paragraphs (every line at most
 * ~100 characters) are joined again. Lines marked `- `, `* `, `• `, `1. ` or `1) ` become lists,
 * as do runs of short "label - value" lines; a title-case line with no closing punctuation,
 * between two prose paragraphs, becomes a level-2 heading. Comment widgets, share prompts and
 * similar furniture at the end are dropped. Characters are kept as written: curly quotes and
 * dashes are not "straightened".
 *
 * Control characters are dropped, and the text must keep within the limits of `limits.ts`.
 *
 * @throws {ImportError} `empty_input` for blank text, `no_headline` when the first line is too
 *   long to be a headline, `no_body` when nothing follows the headline, `too_large` past a limit.
 * @example
 * const input = parseText('Night Ferry Returns\n\nThe ferry sailed again on Friday.\n');
 * input.headline; // 'Night Ferry Returns'
 * input.body; // [{ type: 'paragraph', content: [{ type: 'text', text: 'The ferry sailed again on Friday.' }] }]
 */
export function parseText(text: string): ArticleInput {
  checkTextSize(text);
  const lines = withoutControls(text)
    .replace(/^\uFEFF/, '')
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => line.replace(/[\t\f\v ]+/g, ' ').replace(/ +$/, ''));
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1) throw new ImportError('empty_input', 'The text is empty: expected a headline on the first line.');
  const headline = (lines[first] as string).trim();
  if (headline.length > MAX_HEADLINE) {
    throw new ImportError(
      'no_headline',
      `The first line is ${headline.length} characters long, too long for a headline (at most ${MAX_HEADLINE}): put the headline on a line of its own.`,
    );
  }
  const units = toUnits(dropTrailingBoilerplate(lines.slice(first + 1)));
  const body = toBlocks(units);
  checkBlockCount(body.length);
  if (body.length === 0) throw new ImportError('no_body', `The article "${headline}" has no body: expected text after the headline.`);
  return { headline, body };
}

/**
 * The candidate blocks of the text after the headline, one string each: one per line, or one per
 * blank-line-separated chunk when the text is hard-wrapped. Lines without a letter or digit
 * (separators such as `* * *`) are left out.
 */
function toUnits(lines: readonly string[]): string[] {
  const wrapped = isHardWrapped(lines);
  // A unit is gathered as its lines and joined at the end: appending to one growing string and
  // testing it again for each line took time growing with the square of the paragraph's length.
  const units: string[][] = [];
  let open = false;
  let openIsItem = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || !/[\p{L}\p{N}]/u.test(line)) {
      open = false;
      continue;
    }
    // Whether a unit is a list item depends on its first line only, so it is known when it opens.
    const isItem = wrapped && listItem(line) !== null;
    if (wrapped && open && !isItem && !openIsItem) (units.at(-1) as string[]).push(line);
    else {
      units.push([line]);
      openIsItem = isItem;
    }
    open = true;
  }
  return units.map((parts) => parts.join(' '));
}

/**
 * Hard-wrapped text (e-mail, old wire copy) has blank lines between paragraphs and no long
 * lines; a paragraph is then spread over several consecutive lines.
 */
function isHardWrapped(lines: readonly string[]): boolean {
  let blank = 0;
  let longest = 0;
  let consecutive = 0;
  let previousFilled = false;
  for (const line of lines) {
    const filled = line.trim() !== '';
    if (!filled) blank++;
    else if (previousFilled) consecutive++;
    longest = Math.max(longest, line.trim().length);
    previousFilled = filled;
  }
  return blank > 0 && consecutive > 0 && longest <= 100;
}

type Kind = 'list' | 'label' | 'heading' | 'paragraph';

function toBlocks(units: readonly string[]): Block[] {
  const kinds = units.map((unit, i): Kind => {
    if (listItem(unit)) return 'list';
    if (isLabelValueLine(unit)) return 'label';
    const prev = units[i - 1];
    const next = units[i + 1];
    const between = prev !== undefined && next !== undefined && isProse(prev) && isProse(next);
    return between && !startsMidSentence(next) && isTitleLike(unit) ? 'heading' : 'paragraph';
  });
  const blocks: Block[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as string;
    const kind = kinds[i] as Kind;
    if (kind === 'heading') blocks.push({ type: 'heading', level: 2, text: unit });
    else if (kind === 'list') {
      const ordered = (listItem(unit) as { ordered: boolean }).ordered;
      const items = [];
      for (; i < units.length && kinds[i] === 'list'; i++) {
        const item = listItem(units[i] as string);
        if (!item || item.ordered !== ordered) break;
        items.push(plain(item.text));
      }
      i--;
      blocks.push({ type: 'list', ordered, items });
    } else if (kind === 'label' && (kinds[i - 1] === 'label' || kinds[i + 1] === 'label')) {
      const items = [];
      for (; i < units.length && kinds[i] === 'label'; i++) items.push(plain(units[i] as string));
      i--;
      blocks.push({ type: 'list', ordered: false, items });
    } else blocks.push({ type: 'paragraph', content: plain(unit) });
  }
  return blocks;
}
