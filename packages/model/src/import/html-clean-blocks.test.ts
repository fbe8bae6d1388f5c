/**
 * @module
 * Tests for the body-block cleaners, each on a few invented blocks.
 */
import { describe, expect, it } from 'vitest';
import type { Block, ImageBlock } from '../block.ts';
import { plain } from '../inline-text.ts';
import {
  captionsToImages,
  cleanBlocks,
  cutAtEndMarker,
  dropBylinesAndDatelines,
  dropFurniture,
  dropLinkPromos,
  dropRepeatedHeadline,
} from './html-clean-blocks.ts';

const para = (text: string): Block => ({ type: 'paragraph', content: plain(text) });
const heading = (text: string): Block => ({ type: 'heading', level: 2, text });
const linkPara = (text: string, href = 'https://example.org/other'): Block => ({
  type: 'paragraph',
  content: [{ type: 'link', href, children: [{ type: 'text', text }] }],
});
const image: ImageBlock = { type: 'image', src: 'https://example.org/a.jpg', alt: '' };
const context = { headline: 'River path reopens', authors: ['Ann Lee'], description: 'Two years of repairs are over.' };
const story = para('The river path reopened on Monday after two years of repairs to the flood walls, the council said.');
const more = para('Cyclists and walkers returned within the hour, and the cafe at the weir reopened too, its owner said.');

describe('dropRepeatedHeadline', () => {
  it('drops the headline and a heading repeating the description', () => {
    expect(dropRepeatedHeadline([heading('River path reopens'), heading('Two years of repairs are over.'), story], context)).toEqual([
      story,
    ]);
  });

  it('keeps a lead paragraph that says what the description says', () => {
    const lead = para('Two years of repairs are over.');
    expect(dropRepeatedHeadline([lead, story], context)).toEqual([lead, story]);
  });
});

describe('dropBylinesAndDatelines', () => {
  it('drops bylines and datelines', () => {
    const blocks = [para('By Ann Lee'), para('Updated 11:21 pm CST, Tuesday, November 19, 2019'), story];
    expect(dropBylinesAndDatelines(blocks, context)).toEqual([story]);
  });
});

describe('captionsToImages', () => {
  it('gives a caption line to the picture before it', () => {
    const blocks = [image, para('The reopened path at dawn. (Photo: Ann Lee/Gazette)'), story];
    expect(captionsToImages(blocks, context)).toEqual([
      { ...image, caption: 'The reopened path at dawn. (Photo: Ann Lee/Gazette)' },
      story,
    ]);
  });

  it('drops a caption line whose picture is gone', () => {
    expect(captionsToImages([story, para('(Image: © Gazette)'), more], context)).toEqual([story, more]);
  });
});

describe('dropFurniture', () => {
  it('drops prompts, notices and furniture headings but not the story', () => {
    const blocks = [story, para('Advertisement'), para('Sign up for our daily newsletter'), heading('You may also like'), more];
    expect(dropFurniture(blocks, context)).toEqual([story, more]);
  });

  it('keeps a block of code whatever its lines look like', () => {
    const code: Block = { type: 'paragraph', content: [{ type: 'text', text: '2, 2, 3, 3, 3\n4, 5, 5, 12', marks: ['code'] }] };
    expect(dropFurniture([story, code, more], context)).toEqual([story, code, more]);
    expect(dropFurniture([story, para('2, 2, 3'), more], context)).toEqual([story, more]);
  });

  it('drops furniture items from lists, and lists left empty', () => {
    const list: Block = { type: 'list', ordered: false, items: [plain('Sign In'), plain('Walkers returned within the hour')] };
    const blocks = [story, list, { type: 'list', ordered: false, items: [plain('Sign In')] } satisfies Block, heading('More:')];
    expect(dropFurniture(blocks, context)).toEqual([story, { ...list, items: [plain('Walkers returned within the hour')] }]);
  });
});

describe('dropLinkPromos', () => {
  it('drops all-link teasers with their label, and lists of links', () => {
    const related: Block = {
      type: 'list',
      ordered: false,
      items: [
        [{ type: 'link', href: '/a', children: [{ type: 'text', text: 'Bridge shut' }] }],
        [{ type: 'link', href: '/b', children: [{ type: 'text', text: 'Weir fixed' }] }],
      ],
    };
    const blocks = [story, para("DON'T MISS"), linkPara('Council approves new bridge'), more, related];
    expect(dropLinkPromos(blocks, context)).toEqual([story, more]);
  });

  it('keeps a figure in capitals before a dropped link: the last cell of a table row is no label', () => {
    // A size table: each row's first cell (the app's name) is a link, its last cell "8.0 MB (-89%)".
    expect(dropLinkPromos([story, para('8.0 MB (-89%)'), linkPara('Farm Heroes'), more], context)).toEqual([
      story,
      para('8.0 MB (-89%)'),
      more,
    ]);
  });

  it('keeps a cited address, and paragraphs that merely contain links', () => {
    const cited = linkPara('https://example.org/report.pdf', 'https://example.org/report.pdf');
    const mixed: Block = {
      type: 'paragraph',
      content: [
        ...plain('The full report is '),
        { type: 'link', href: '/r', children: [{ type: 'text', text: 'online' }] },
        ...plain(', the council said.'),
      ],
    };
    expect(dropLinkPromos([story, cited, mixed], context)).toEqual([story, cited, mixed]);
  });

  it('keeps a line that names an address with its link shown as the address itself', () => {
    const booking: Block = {
      type: 'paragraph',
      content: [
        ...plain('Tickets from the weir trust – '),
        { type: 'link', href: 'https://weir.example/tickets', children: [{ type: 'text', text: 'https://weir.example/tickets' }] },
      ],
    };
    const signed: Block = {
      type: 'paragraph',
      content: [
        ...plain('AL - '),
        { type: 'link', href: 'https://gazette.example', children: [{ type: 'text', text: 'www.gazette.example' }] },
      ],
    };
    expect(dropLinkPromos([story, booking, signed], context)).toEqual([story, booking, signed]);
  });
});

describe('cutAtEndMarker', () => {
  it('drops everything from a late "Related stories" heading on', () => {
    const blocks = [story, more, heading('Related stories'), para('Bridge shut for a week'), para('Weir fixed')];
    expect(cutAtEndMarker(blocks, context)).toEqual([story, more]);
  });

  it('does not cut at a marker in the first half of the body', () => {
    const blocks = [heading('Related stories'), story, more];
    expect(cutAtEndMarker(blocks, context)).toEqual(blocks);
  });
});

describe('cleanBlocks', () => {
  it('runs every cleaner', () => {
    const blocks = [
      heading('River path reopens'),
      para('By Ann Lee'),
      story,
      para('Advertisement'),
      image,
      para('(Photo: Gazette)'),
      more,
      heading('More from UK'),
      linkPara('Another story'),
    ];
    expect(cleanBlocks(blocks, context)).toEqual([story, { ...image, caption: '(Photo: Gazette)' }, more]);
  });
});
