/** @module */
import type { Block as BlockData, Inline } from '@dateline/model';
import { describe, expect, it } from 'vitest';
import { scriptLink } from '../test/fixtures.ts';
import { dom, render, text } from '../test/render.ts';
import Block from './Block.astro';

async function renderBlock(block: BlockData): Promise<Document> {
  return dom(await render(Block, { props: { block } }));
}

function paragraph(...content: Inline[]): BlockData {
  return { type: 'paragraph', content };
}

describe('Block', () => {
  it('renders a paragraph with emphasis, strong emphasis and code', async () => {
    const doc = await renderBlock(
      paragraph(
        { type: 'text', text: 'Plain, ' },
        { type: 'text', text: 'stressed', marks: ['em'] },
        { type: 'text', text: ' and ' },
        { type: 'text', text: 'loud', marks: ['em', 'strong'] },
        { type: 'text', text: ' with ' },
        { type: 'text', text: 'x = 1', marks: ['code'] },
      ),
    );
    expect(text(doc.querySelector('p'))).toBe('Plain, stressed and loud with x = 1');
    expect(text(doc.querySelector('p > em'))).toBe('stressed');
    expect(text(doc.querySelector('p > strong > em'))).toBe('loud');
    expect(text(doc.querySelector('p > code'))).toBe('x = 1');
  });

  it('gives each kind of block the id of its place in the body, for links to it, and none without one', async () => {
    const blocks: BlockData[] = [
      paragraph({ type: 'text', text: 'Said.' }),
      { type: 'heading', level: 2, text: 'Next' },
      { type: 'quote', text: 'At last.' },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'One' }]] },
    ];
    const ids = await Promise.all(
      blocks.map(async (block, index) => dom(await render(Block, { props: { block, index: index + 3 } })).querySelector('[id]')?.id),
    );
    expect(ids).toEqual(['p-3', 'p-4', 'p-5', 'p-6']);
    expect((await renderBlock(paragraph({ type: 'text', text: 'Said.' }))).querySelector('[id]')).toBeNull();
  });

  it('shows markup in text as text, never as elements', async () => {
    const html = await render(Block, { props: { block: paragraph({ type: 'text', text: 'Say <script>alert(1)</script> & <b>hi</b>' }) } });
    const doc = dom(html);
    expect(doc.querySelector('script, b')).toBeNull();
    expect(text(doc.querySelector('p'))).toBe('Say <script>alert(1)</script> & <b>hi</b>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('links external addresses with rel="noopener" and site paths without it', async () => {
    const doc = await renderBlock(
      paragraph(
        { type: 'link', href: 'https://example.org/r', title: 'The report', children: [{ type: 'text', text: 'report', marks: ['em'] }] },
        { type: 'text', text: ' and ' },
        { type: 'link', href: '/articles/older', children: [{ type: 'text', text: 'older story' }] },
        { type: 'text', text: ' or ' },
        { type: 'link', href: 'mailto:desk@example.org', children: [{ type: 'text', text: 'write to us' }] },
      ),
    );
    const [external, internal, mail] = [...doc.querySelectorAll('a')];
    expect(external?.getAttribute('href')).toBe('https://example.org/r');
    expect(external?.getAttribute('rel')).toBe('noopener');
    expect(external?.getAttribute('title')).toBe('The report');
    expect(text(external?.querySelector('em'))).toBe('report');
    expect(internal?.getAttribute('href')).toBe('/articles/older');
    expect(internal?.hasAttribute('rel')).toBe(false);
    expect(mail?.getAttribute('href')).toBe('mailto:desk@example.org');
  });

  it('shows the words of a javascript: link without the link', async () => {
    const doc = await renderBlock(paragraph({ type: 'text', text: 'Read ' }, scriptLink));
    expect(doc.querySelector('a')).toBeNull();
    expect(text(doc.querySelector('p'))).toBe('Read a harmless-looking link');
    expect(doc.documentElement.outerHTML).not.toMatch(/javascript:/i);
  });

  it.each([2, 3, 4] as const)('renders a level %i heading as h%i', async (level) => {
    const doc = await renderBlock({ type: 'heading', level, text: 'What happens next' });
    expect(text(doc.querySelector(`h${level}`))).toBe('What happens next');
  });

  it('renders a quote as a blockquote with its attribution in a cite', async () => {
    const doc = await renderBlock({ type: 'quote', text: 'First thought.\n\nSecond thought.', attribution: 'Morag Bell' });
    const paragraphs = [...doc.querySelectorAll('figure > blockquote > p')].map(text);
    expect(paragraphs).toEqual(['First thought.', 'Second thought.']);
    expect(text(doc.querySelector('figure > figcaption > cite'))).toBe('Morag Bell');
  });

  it('renders a quote without attribution without a caption', async () => {
    const doc = await renderBlock({ type: 'quote', text: 'Unattributed.' });
    expect(text(doc.querySelector('blockquote'))).toBe('Unattributed.');
    expect(doc.querySelector('figcaption')).toBeNull();
  });

  it('renders ordered lists as ol and unordered lists as ul, items with inline content', async () => {
    const items: Inline[][] = [[{ type: 'text', text: 'One' }], [{ type: 'text', text: 'Two', marks: ['strong'] }]];
    const ordered = await renderBlock({ type: 'list', ordered: true, items });
    const bulleted = await renderBlock({ type: 'list', ordered: false, items });
    expect([...ordered.querySelectorAll('ol > li')].map(text)).toEqual(['One', 'Two']);
    expect(ordered.querySelector('ul')).toBeNull();
    expect([...bulleted.querySelectorAll('ul > li')].map(text)).toEqual(['One', 'Two']);
    expect(text(bulleted.querySelector('li > strong'))).toBe('Two');
  });

  it('renders an image as a figure with alt text, caption and credit', async () => {
    const doc = await renderBlock({
      type: 'image',
      src: '/samples/ferry.svg',
      alt: 'The ferry at the pier',
      caption: 'Back in service.',
      credit: 'Ana Lima',
    });
    const img = doc.querySelector('figure > img');
    expect(img?.getAttribute('src')).toBe('/samples/ferry.svg');
    expect(img?.getAttribute('alt')).toBe('The ferry at the pier');
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(text(doc.querySelector('figcaption'))).toBe('Back in service. Credit: Ana Lima');
  });

  it('leaves out an image whose address is not http(s) or a site path, keeping its caption', async () => {
    const block = { type: 'image', src: 'javascript:alert(1)', alt: 'x', caption: 'A caption' } as BlockData;
    const doc = await renderBlock(block);
    expect(doc.querySelector('img')).toBeNull();
    expect(text(doc.querySelector('figcaption'))).toBe('A caption');
  });

  it('skips a block type it does not know instead of failing the article', async () => {
    const html = await render(Block, { props: { block: { type: 'video', src: 'x' } as unknown as BlockData } });
    expect(html.trim()).toBe('');
  });
});
