/**
 * @module
 * A block's readable text, apart from the schemas so code that only reads text (the desk's word
 * count in the browser) does not load Zod.
 */
import type { Block } from './block.ts';
import { inlineText } from './inline-text.ts';

/**
 * The readable text of a block (captions included for images, items joined by newlines for lists).
 *
 * @example
 * blockText({ type: 'heading', level: 2, text: 'Next steps' }); // 'Next steps'
 */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.content);
    case 'heading':
    case 'quote':
      return block.text;
    case 'list':
      return block.items.map(inlineText).join('\n');
    case 'image':
      return block.caption ?? '';
  }
}
