/** @module */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Block, Block as BlockSchema, decodeText, parseMarkdown, parseText } from '@dateline/model';
import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { missingShared, REPO, sharedPath } from '../test/shared-dir.ts';
import { blocksToDoc, docToBlocks } from './convert.ts';
import { editorExtensions } from './nodes.ts';

const schema = getSchema(editorExtensions());

/** Blocks → the editor's own document (checked against its schema, as the editor holds it) → blocks. */
function roundTrip(blocks: readonly Block[]): Block[] {
  const doc = PmNode.fromJSON(schema, blocksToDoc(blocks));
  doc.check();
  return docToBlocks(doc.toJSON());
}

const EVERY_BLOCK: Block[] = [
  {
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Plain, ' },
      { type: 'text', text: 'strong', marks: ['strong'] },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'all three', marks: ['strong', 'em', 'code'] },
      { type: 'text', text: ' then ' },
      {
        type: 'link',
        href: 'https://example.org/report',
        title: 'The report',
        children: [
          { type: 'text', text: 'a ' },
          { type: 'text', text: 'link', marks: ['em'] },
        ],
      },
      { type: 'link', href: '/articles/other', children: [{ type: 'text', text: 'another' }] },
    ],
  },
  { type: 'heading', level: 2, text: 'Two' },
  { type: 'heading', level: 3, text: 'Three' },
  { type: 'heading', level: 4, text: 'Four' },
  { type: 'quote', text: 'First paragraph.\n\nSecond paragraph.', attribution: 'A speaker' },
  { type: 'quote', text: 'No attribution.' },
  { type: 'list', ordered: true, items: [[{ type: 'text', text: 'One' }], [{ type: 'text', text: 'Two', marks: ['em'] }]] },
  {
    type: 'list',
    ordered: false,
    items: [[{ type: 'link', href: 'mailto:desk@example.org', children: [{ type: 'text', text: 'Mail' }] }]],
  },
  { type: 'image', src: '/media/a.jpg', alt: 'A ferry', caption: 'At dawn.', credit: 'A. Photographer' },
  { type: 'image', src: 'https://example.org/b.jpg', alt: '' },
  {
    type: 'image',
    src: `/media/${'c'.repeat(64)}/2000.jpg`,
    alt: 'From the library',
    media: { id: 'c'.repeat(64), width: 2400, height: 1600 },
  },
];

describe('blocksToDoc and docToBlocks', () => {
  it('keep every block type, mark and link exactly', () => {
    for (const block of EVERY_BLOCK) expect(BlockSchema.safeParse(block).success).toBe(true);
    expect(roundTrip(EVERY_BLOCK)).toEqual(EVERY_BLOCK);
  });

  it('leave out what the model cannot store: empty paragraphs, headings, quotes and list items', () => {
    const blocks = docToBlocks({
      type: 'doc',
      content: [
        { type: 'paragraph' },
        { type: 'heading', attrs: { level: 3 } },
        { type: 'quote', content: [{ type: 'quoteText' }] },
        {
          type: 'list',
          attrs: { ordered: false },
          content: [{ type: 'listItem' }, { type: 'listItem', content: [{ type: 'text', text: 'kept' }] }],
        },
      ],
    });
    expect(blocks).toEqual([{ type: 'list', ordered: false, items: [[{ type: 'text', text: 'kept' }]] }]);
  });

  it('leave out an empty attribution, which the site shows as none', () => {
    expect(roundTrip([{ type: 'quote', text: 'Said.', attribution: '' }])).toEqual([{ type: 'quote', text: 'Said.' }]);
  });

  it('give an empty body a paragraph to type in', () => {
    expect(PmNode.fromJSON(schema, blocksToDoc([])).childCount).toBe(1);
  });

  it('never keep a mark order other than the model renders (strong, em, code)', () => {
    const doc = blocksToDoc([{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: ['code', 'em', 'strong'] }] }]);
    expect(docToBlocks(PmNode.fromJSON(schema, doc).toJSON())).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: ['strong', 'em', 'code'] }] },
    ]);
  });
});

describe('every sample article', () => {
  const dir = path.join(REPO, 'apps/api/samples');
  const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
  it.each(files)('%s comes back unchanged', (name) => {
    const { body } = parseMarkdown(readFileSync(path.join(dir, name), 'utf8'));
    expect(roundTrip(body)).toEqual(body);
  });
  it('are there', () => expect(files.length).toBeGreaterThan(0));
});

const BBC = 'corpus/text/bbc';
const bbcPath = sharedPath(BBC);

describe.skipIf(!bbcPath)(`200 BBC texts${bbcPath ? '' : ` (${missingShared(BBC)})`}`, () => {
  it('come back unchanged', () => {
    const files: string[] = [];
    for (const topic of readdirSync(bbcPath!).sort()) {
      const folder = path.join(bbcPath!, topic);
      for (const name of readdirSync(folder).sort().slice(0, 40)) files.push(path.join(folder, name));
    }
    expect(files).toHaveLength(200);
    for (const file of files) {
      const { body } = parseText(decodeText(readFileSync(file)));
      expect(roundTrip(body), file).toEqual(body);
    }
  });
});
