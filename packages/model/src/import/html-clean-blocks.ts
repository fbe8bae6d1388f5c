/**
 * @module
 * Cleaners over the converted body blocks, for furniture that only its text gives away:
 * repeated headline and standfirst, bylines and datelines, captions that lost their picture,
 * link-only promos and lists of related links, prompts and notices, and whatever follows a
 * "Related" or "About the author" marker. Each cleaner is a pure function from blocks to blocks.
 */
import type { Block, ImageBlock } from '../block.ts';
import { blockText } from '../block-text.ts';
import type { Inline } from '../inline.ts';
import { inlineText } from '../inline-text.ts';
import { isBylineLine, isCaptionLine, isDateline, isEndMarker, isFurnitureLine } from './html-clean-lines.ts';
import { sameHeadline } from './html-headline.ts';

/** What the block cleaners know about the article. */
export interface BlockCleanContext {
  headline: string;
  authors: readonly string[];
  description?: string | undefined;
}

/** A cleaner over body blocks. */
export type BlockCleaner = (blocks: readonly Block[], context: BlockCleanContext) => Block[];

// A block of code (a <pre>) is the article's, whatever its lines look like: "2, 2, 3, 3, 3" there
// is data, not a share counter.
const isCode = (block: Block) =>
  block.type === 'paragraph' && block.content.every((node) => node.type === 'text' && node.marks?.includes('code'));
const textBlock = (block: Block) => (block.type === 'paragraph' && !isCode(block)) || block.type === 'heading';

/**
 * Drops the headline, or the page's description, repeated as a block of the body.
 *
 * @example
 * dropRepeatedHeadline([{ type: 'heading', level: 2, text: 'Dock deal' }, para], { headline: 'Dock deal', authors: [] }); // [para]
 */
export const dropRepeatedHeadline: BlockCleaner = (blocks, { headline, description }) =>
  blocks.filter((block, i) => {
    if (!textBlock(block)) return true;
    const text = blockText(block);
    if (sameHeadline(text, headline)) return false;
    // The summary set as a heading is the standfirst; as a paragraph it may well be the lead.
    return !(description && i < 4 && block.type === 'heading' && sameHeadline(text, description));
  });

/**
 * Drops bylines and datelines repeated in the body ("By Ann Lee", "Updated 5:27 am CST…").
 *
 * @example
 * dropBylinesAndDatelines([para('By Ann Lee'), para('Text.')], { headline: 'H', authors: ['Ann Lee'] }); // [para('Text.')]
 */
export const dropBylinesAndDatelines: BlockCleaner = (blocks, { authors }) =>
  blocks.filter((block) => !textBlock(block) || !(isDateline(blockText(block)) || isBylineLine(blockText(block), authors)));

/**
 * Turns caption and credit lines that lost their `<figure>` into the caption of the picture
 * just before them, or drops them when there is no picture to hold them.
 *
 * @example
 * captionsToImages([image, para('A ferry at dawn. (AP Photo/Jane Doe)')], context); // [{ ...image, caption: 'A ferry at dawn. (AP Photo/Jane Doe)' }]
 */
export const captionsToImages: BlockCleaner = (blocks) => {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph' || !isCaptionLine(blockText(block))) {
      out.push(block);
      continue;
    }
    const last = out.at(-1);
    if (last?.type === 'image' && !last.caption)
      out[out.length - 1] = { ...last, caption: blockText(block).slice(0, 1000) } satisfies ImageBlock;
  }
  return out;
};

/**
 * Drops paragraphs, headings and list items that are page furniture: share rows, ad and cookie
 * notices, subscribe and follow prompts, counters, tag lists, "Related" headings.
 *
 * @example
 * dropFurniture([para('Advertisement'), para('Text.')], context); // [para('Text.')]
 */
export const dropFurniture: BlockCleaner = (blocks) => {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.type === 'list') {
      const items = block.items.filter((item) => !isFurnitureLine(inlineText(item)));
      if (items.length > 0) out.push(items.length === block.items.length ? block : { ...block, items });
    } else if (!textBlock(block) || !(isFurnitureLine(blockText(block)) || isEndMarker(blockText(block)))) {
      out.push(block);
    }
  }
  return out;
};

/**
 * Drops promos made of links: a paragraph that is all link ("CLICK HERE FOR THE APP", a
 * teaser for another story, "SEE MORE: …"), and lists whose every item is a link (related
 * stories, tags), with the short label that introduces them.
 *
 * @example
 * dropLinkPromos([para('Read the report.'), linkList], context); // [para('Read the report.')]
 */
export const dropLinkPromos: BlockCleaner = (blocks) => {
  const out: Block[] = [];
  for (const block of blocks) {
    const promo =
      (block.type === 'paragraph' && linkShare(block.content) >= 0.8 && words(inlineText(block.content)) <= 40) ||
      (block.type === 'list' && block.items.every((item) => linkShare(item) >= 0.8));
    if (!promo) {
      out.push(block);
      continue;
    }
    const label = out.at(-1);
    if (label && textBlock(label) && isPromoLabel(blockText(label))) out.pop();
  }
  return out;
};

/**
 * Drops everything from a marker of post-article furniture ("Related stories", "About the
 * author", "Comments") onwards, when the marker comes in the last part of the body.
 *
 * @example
 * cutAtEndMarker([...story, heading('You may also like'), ...teasers], context); // story
 */
export const cutAtEndMarker: BlockCleaner = (blocks) => {
  const total = blocks.reduce((n, b) => n + blockText(b).length, 0);
  let seen = 0;
  for (const [i, block] of blocks.entries()) {
    // Furniture after an article is shorter than it; a word like "Comment" heading a table's
    // column, with half the article still to come, is not where the article ends.
    if (textBlock(block) && seen >= total * 0.5 && total - seen <= seen * 0.5 && isEndMarker(blockText(block))) return blocks.slice(0, i);
    seen += blockText(block).length;
  }
  return [...blocks];
};

/** All block cleaners, in the order they run. */
const BLOCK_CLEANERS: readonly BlockCleaner[] = [
  cutAtEndMarker,
  dropRepeatedHeadline,
  captionsToImages,
  dropBylinesAndDatelines,
  dropFurniture,
  dropLinkPromos,
];

/**
 * The body without furniture: every block cleaner in turn.
 *
 * @example
 * cleanBlocks(htmlToBlocks(root), { headline: 'Dock deal', authors: ['Ann Lee'] });
 */
export function cleanBlocks(blocks: readonly Block[], context: BlockCleanContext): Block[] {
  return BLOCK_CLEANERS.reduce<Block[]>((acc, clean) => clean(acc, context), [...blocks]);
}

// How much of the text is links that lead elsewhere. A link shown as its own address ("Tickets:
// https://…", "AL - www.gazette.example") names a source or a place to go in so many words: text
// of the article, not a teaser.
function linkShare(content: readonly Inline[]): number {
  let all = 0;
  let linked = 0;
  for (const node of content) {
    const text = node.type === 'text' ? node.text : inlineText([node]);
    const length = text.replace(/\s+/g, '').length;
    all += length;
    if (node.type === 'link' && !isAddress(text)) linked += length;
  }
  return all === 0 ? 0 : linked / all;
}

// "DON'T MISS", "More great stories", "Related:": a short label announcing links elsewhere.
function isPromoLabel(text: string): boolean {
  if (words(text) > 6 || /[.!?]["”’]?$/.test(text)) return false;
  // A label is words; a figure in capitals ("8.0 MB (-89%)", the last cell of a table's row) is not one.
  const visible = text.replace(/\s+/g, '');
  if ((visible.match(/\p{L}/gu)?.length ?? 0) * 2 < visible.length) return false;
  return !/\p{Ll}/u.test(text) || /\b(?:more|related|read|see|also|miss|recommended|stories|popular|latest|trending|watch)\b/i.test(text);
}

// A link shown as its own address is a source being cited, not a promo.
function isAddress(text: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i.test(text.trim());
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
