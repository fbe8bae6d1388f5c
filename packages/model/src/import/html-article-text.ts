/**
 * @module
 * The running text of an article body, as extraction benchmarks compare it: what a reader
 * reads, paragraph by paragraph, without picture captions.
 */
import type { Block } from '../block.ts';
import { blockText } from '../block-text.ts';

/**
 * The body's text with a blank line (`\n\n`) between blocks: paragraphs, headings, quotes and
 * lists (one item per line). Images, and so their captions and credits, are left out.
 *
 * @example
 * articleText({ body: [
 *   { type: 'paragraph', content: [{ type: 'text', text: 'First.' }] },
 *   { type: 'image', src: '/a.jpg', alt: '', caption: 'A dog.' },
 *   { type: 'paragraph', content: [{ type: 'text', text: 'Second.' }] },
 * ] }); // 'First.\n\nSecond.'
 */
export function articleText(input: { readonly body: readonly Block[] }): string {
  return input.body
    .filter((block) => block.type !== 'image')
    .map((block) => blockText(block).trim())
    .filter(Boolean)
    .join('\n\n');
}
