/**
 * @module
 * The fields of an article computed from its text: word count, reading time and excerpt.
 */
import type { Block } from '../block.ts';
import { blockText } from '../block-text.ts';
import { countWords } from './count-words.ts';
import { truncateAtWord } from './excerpt.ts';

/** Adult silent reading speed for non-fiction, in words per minute. */
export const WORDS_PER_MINUTE = 230;

/** The longest excerpt built from the body, in characters (ellipsis included). */
export const EXCERPT_LENGTH = 200;

/** What `deriveFields` reads. */
export interface DeriveInput {
  headline: string;
  standfirst?: string | undefined;
  body: readonly Block[];
}

/** What `deriveFields` computes. */
export interface DerivedFields {
  wordCount: number;
  readingTime: number;
  excerpt: string;
}

/**
 * Word count (headline, standfirst and body), reading time in whole minutes (at least 1) and an
 * excerpt: the standfirst when there is one, else the opening paragraphs of the body cut at a
 * word boundary to about 200 characters.
 *
 * @example
 * deriveFields({
 *   headline: 'River path reopens',
 *   body: [{ type: 'paragraph', content: [{ type: 'text', text: 'The path reopened on Monday.' }] }],
 * }); // { wordCount: 8, readingTime: 1, excerpt: 'The path reopened on Monday.' }
 */
export function deriveFields(input: DeriveInput): DerivedFields {
  const bodyText = input.body.map(blockText).filter((t) => t.trim() !== '');
  const wordCount = countWords(input.headline) + countWords(input.standfirst ?? '') + bodyText.reduce((n, t) => n + countWords(t), 0);
  const readingTime = Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
  return { wordCount, readingTime, excerpt: excerptOf(input) };
}

function excerptOf(input: DeriveInput): string {
  const standfirst = input.standfirst?.trim();
  if (standfirst) return standfirst;
  // Only running text makes a good preview; headings, captions and list fragments do not.
  let text = '';
  for (const block of input.body) {
    if (block.type !== 'paragraph' && block.type !== 'quote') continue;
    text += (text ? ' ' : '') + blockText(block);
    if (text.length > EXCERPT_LENGTH) break;
  }
  if (!text) text = input.body.map(blockText).join(' ');
  return truncateAtWord(text, EXCERPT_LENGTH);
}
