/** @module */
import { parseHTML } from 'linkedom';
import type { Block } from '../block.ts';
import { describe, expect, it } from 'vitest';
import { bodyHtml, inlineHtml } from './article-html.ts';

function dom(html: string): Document {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}

function text(node: { textContent: string | null } | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('bodyHtml', () => {
  it('gives each block the id of its place in the body, in order', () => {
    const blocks: Block[] = [
      { type: 'paragraph', content: [{ type: 'text', text: 'Said.' }] },
      { type: 'heading', level: 3, text: 'Next' },
      { type: 'image', src: '/media/pier.jpg', alt: 'The pier' },
    ];
    const doc = dom(bodyHtml(blocks));
    expect([...doc.querySelectorAll('[id]')].map((el) => `${el.tagName.toLowerCase()}#${el.id}`)).toEqual([
      'p#p-0',
      'h3#p-1',
      'figure#p-2',
    ]);
  });

  it('keeps quotes and apostrophes in text and attributes as the words they are', () => {
    const html = inlineHtml([
      {
        type: 'link',
        href: 'https://example.org/?a=1&b=2',
        title: 'The "report"',
        children: [{ type: 'text', text: `Don't say "never" & <go>` }],
      },
    ]);
    const link = dom(html).querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org/?a=1&b=2');
    expect(link?.getAttribute('title')).toBe('The "report"');
    expect(text(link)).toBe(`Don't say "never" & <go>`);
    expect(dom(html).querySelector('go')).toBeNull();
  });

  it('is empty for an empty body', () => {
    expect(bodyHtml([])).toBe('');
  });
});
