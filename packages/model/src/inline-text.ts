/**
 * @module
 * Inline content as plain text, apart from the schemas so code that only reads text (the desk's
 * word count in the browser) does not load Zod.
 */
import type { Inline, InlineContent } from './inline.ts';

/**
 * Inline content as plain text, with emphasis and link targets dropped.
 *
 * @example
 * inlineText([{ type: 'text', text: 'Hello ' }, { type: 'text', text: 'world', marks: ['em'] }]); // 'Hello world'
 */
export function inlineText(content: readonly Inline[]): string {
  let out = '';
  for (const node of content) {
    if (node.type === 'text') out += node.text;
    else for (const child of node.children) out += child.text;
  }
  return out;
}

/**
 * Plain text as inline content: one unmarked run.
 *
 * @example
 * plain('A sentence.'); // [{ type: 'text', text: 'A sentence.' }]
 */
export function plain(text: string): InlineContent {
  return [{ type: 'text', text }];
}
