/** @module */
import { describe, expect, it } from 'vitest';
import { pastedHtmlBlocks, pastedMarkdownBlocks } from './paste.ts';

describe('pastedHtmlBlocks', () => {
  it('keeps the structure the model knows from a web page selection and drops scripts and furniture', () => {
    const blocks = pastedHtmlBlocks(
      '<h2>Why it matters</h2><p>The <strong>ferry</strong> runs <a href="https://example.org/times">at night</a>.' +
        '<script>alert(1)</script></p><div class="share-buttons"><a href="https://facebook.com/share">Share</a></div>' +
        '<ul><li>One</li><li>Two</li></ul><blockquote><p>We are back.</p></blockquote>',
    );
    expect(blocks).toEqual([
      { type: 'heading', level: 2, text: 'Why it matters' },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'The ' },
          { type: 'text', text: 'ferry', marks: ['strong'] },
          { type: 'text', text: ' runs ' },
          { type: 'link', href: 'https://example.org/times', children: [{ type: 'text', text: 'at night' }] },
          { type: 'text', text: '.' },
        ],
      },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'One' }], [{ type: 'text', text: 'Two' }]] },
      { type: 'quote', text: 'We are back.' },
    ]);
  });

  it('turns a javascript: link into its text', () => {
    const blocks = pastedHtmlBlocks(
      '<p>The council said in <a href="javascript:alert(1)">its report</a> that the ferry will run at night.</p>',
    );
    expect(blocks).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'The council said in its report that the ferry will run at night.' }] },
    ]);
  });

  it('reads a Google Docs copy: its bold wrapper is not bold, its styled spans are', () => {
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><p dir="ltr"><span style="font-weight:400">Plain and </span>' +
      '<span style="font-weight:700">bold</span><span style="font-style:italic;font-weight:400"> and italic</span></p></b>';
    expect(pastedHtmlBlocks(html)).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Plain and ' },
          { type: 'text', text: 'bold', marks: ['strong'] },
          { type: 'text', text: ' and italic', marks: ['em'] },
        ],
      },
    ]);
  });

  it('reads a Word copy without its office markup', () => {
    const html = '<p class="MsoNormal">First line<o:p></o:p></p><h3>Sub<o:p></o:p></h3>';
    expect(pastedHtmlBlocks(html)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'First line' }] },
      { type: 'heading', level: 3, text: 'Sub' },
    ]);
  });
});

describe('pastedMarkdownBlocks', () => {
  it('gives every block type, a # heading as level 2', () => {
    const blocks = pastedMarkdownBlocks(
      '# Big\n\nSome **bold** and [a link](https://example.org).\n\n1. one\n2. two\n\n> Quoted.\n\n![A pier](https://example.org/p.jpg "At dawn")',
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'quote', 'image']);
    expect(blocks[0]).toEqual({ type: 'heading', level: 2, text: 'Big' });
    expect(blocks[2]).toMatchObject({ type: 'list', ordered: true });
    expect(blocks[4]).toMatchObject({ type: 'image', src: 'https://example.org/p.jpg', alt: 'A pier', caption: 'At dawn' });
  });
});
