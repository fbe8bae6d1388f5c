/**
 * @module
 * Where a story's people, places, organisations and quotations stand in its text, so the desk's
 * read view can mark them. The API gives each mention a count and its first position only; the
 * other occurrences are found here by name, as whole words, the way the corrections API counts
 * an added name. A person is found by surname too ("Calder" for "Ines Calder"), as stories name
 * people after the first time.
 */
import { type Block, blockText, type EntityType, type Mention, type Quote } from '@dateline/model/core';

/** A stretch of text, `start` included, `end` not. */
export interface Range {
  start: number;
  end: number;
}

/** A piece of a block's text and what stands there: entity keys and quotation indexes. */
export interface Segment {
  text: string;
  entities: string[];
  quotes: number[];
}

/** What the read view marks in one block. */
export interface Marks {
  entities: { key: string; ranges: Range[] }[];
  quotes: { index: number; ranges: Range[] }[];
}

/**
 * The key the read view and the lists share for an entity.
 *
 * @example
 * entityKey({ type: 'person', slug: 'ines-calder' }); // 'person:ines-calder'
 */
export function entityKey(entity: { type: EntityType; slug: string }): string {
  return `${entity.type}:${entity.slug}`;
}

/**
 * The names to look for: the name itself and, for a person of two words or more, the surname.
 *
 * @example
 * namesOf({ type: 'person', name: 'Ines Calder' }); // ['Ines Calder', 'Calder']
 * namesOf({ type: 'place', name: 'Kirkwall' }); // ['Kirkwall']
 */
export function namesOf(entity: { type: EntityType; name: string }): string[] {
  const name = entity.name.trim();
  if (name === '') return [];
  const words = name.split(/\s+/);
  const surname = words.at(-1)!;
  // A one- or two-letter last word ("Jr", an initial) would mark every such word in the story.
  return entity.type === 'person' && words.length > 1 && surname.length > 2 ? [name, surname] : [name];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where any of `names` occurs in `text` as whole words, longest name first where two overlap,
 * in order and without overlaps.
 *
 * @example
 * findNames('Ines Calder spoke. Calder left.', ['Ines Calder', 'Calder']); // [{ start: 0, end: 11 }, { start: 19, end: 25 }]
 */
export function findNames(text: string, names: readonly string[]): Range[] {
  const wanted = [...new Set(names.filter((n) => n.trim() !== ''))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wanted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Where a quotation's words stand in its block: the first place, or none when the text no longer
 * has them (the story changed since it was enriched).
 *
 * @example
 * findQuote('"We are back at sea," she said.', 'We are back at sea,'); // [{ start: 1, end: 20 }]
 */
export function findQuote(text: string, quote: string): Range[] {
  const start = quote === '' ? -1 : text.indexOf(quote);
  return start === -1 ? [] : [{ start, end: start + quote.length }];
}

/**
 * `text` cut wherever a mark starts or ends, each piece with the entities and quotations that
 * cover it; pieces nothing covers come out too, so joining the texts gives `text` back.
 *
 * @example
 * segment('Calder said hi', { entities: [{ key: 'person:calder', ranges: [{ start: 0, end: 6 }] }], quotes: [] });
 * // [{ text: 'Calder', entities: ['person:calder'], quotes: [] }, { text: ' said hi', entities: [], quotes: [] }]
 */
export function segment(text: string, marks: Marks): Segment[] {
  const inside = (r: Range) => ({ start: Math.max(0, Math.min(r.start, text.length)), end: Math.max(0, Math.min(r.end, text.length)) });
  const entities = marks.entities.flatMap(({ key, ranges }) => ranges.map((r) => ({ key, ...inside(r) })));
  const quotes = marks.quotes.flatMap(({ index, ranges }) => ranges.map((r) => ({ index, ...inside(r) })));
  const cuts = new Set([0, text.length]);
  for (const r of [...entities, ...quotes]) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i]!, points[i + 1]!];
    if (start === end) continue;
    const covers = (r: Range) => r.start <= start && r.end >= end;
    segments.push({
      text: text.slice(start, end),
      entities: [...new Set(entities.filter(covers).map((r) => r.key))],
      quotes: [...new Set(quotes.filter(covers).map((r) => r.index))],
    });
  }
  return segments;
}

/** One block of the read view: -1 is the headline. */
export interface MarkedBlock {
  block: number;
  segments: Segment[];
}

/**
 * The headline and each body block of a story, cut into pieces marked with the mentions and
 * quotations that stand there.
 *
 * @example
 * const view = markStory({ headline, body }, entities.mentions, entities.quotes);
 */
export function markStory(
  story: { headline: string; body: readonly Block[] },
  mentions: readonly Mention[],
  quotes: readonly Quote[],
): MarkedBlock[] {
  const names = mentions.map((m) => ({ key: entityKey(m.entity), names: namesOf(m.entity) }));
  const texts: [number, string][] = [[-1, story.headline], ...story.body.map((b, i): [number, string] => [i, blockText(b)])];
  return texts.map(([block, text]) => ({
    block,
    segments: segment(text, {
      entities: names.map(({ key, names: n }) => ({ key, ranges: findNames(text, n) })),
      quotes: quotes.flatMap((q, index) => (q.block === block ? [{ index, ranges: findQuote(text, q.text) }] : [])),
    }),
  }));
}
