/**
 * @module
 * Test and benchmark support (not exported): scores `enrich` against hand labels of real
 * articles. Entities match by slug on any of a label's alternative names ("UK|Britain"); a
 * quotation is found when its paragraph holds an extracted quotation, and correct when one of
 * those has the labelled speaker (null for an unnamed source).
 */
import { createHash } from 'node:crypto';
import type { Block } from '../block.ts';
import { blockText } from '../block-text.ts';
import type { EntityType } from '../entities/entity.ts';
import type { Enrichment } from '../entities/enrich.ts';
import { slugify } from '../slugify.ts';

/** The labels of one article, as kept in fixtures/entities/*.json. */
export interface ArticleLabels {
  /** Relative to the shared corpus folder of its set (text/bbc for the first set, corpus/ for the second). */
  path: string;
  /** Labelled last, as a fresh sample after the rules were written. */
  check?: boolean;
  people: string[];
  places: string[];
  organizations: string[];
  /**
   * `paragraph` counts lines after the headline for plain text and the importer's body blocks for
   * HTML pages; an HTML label also keeps `anchor`, a short hash of its block's text, so it still
   * finds its block when the importer's cleaning adds or drops blocks before it.
   */
  quotes: Array<{ paragraph: number; speaker: string | null; anchor?: string }>;
}

/** Predictions and how many were right; labels and how many were found. */
export interface Tally {
  predicted: number;
  correct: number;
  labelled: number;
  found: number;
}

/** Running totals over many articles, with the misses kept for reports. */
export interface Scores {
  entities: Record<EntityType, Tally>;
  quotes: { labelled: number; found: number; correct: number; extracted: number; unlabelledBlocks: number };
  misses: string[];
}

/** Empty totals. */
export function emptyScores(): Scores {
  const tally = (): Tally => ({ predicted: 0, correct: 0, labelled: 0, found: 0 });
  return {
    entities: { person: tally(), place: tally(), organization: tally() },
    quotes: { labelled: 0, found: 0, correct: 0, extracted: 0, unlabelledBlocks: 0 },
    misses: [],
  };
}

const FIELD: Record<EntityType, 'people' | 'places' | 'organizations'> = {
  person: 'people',
  place: 'places',
  organization: 'organizations',
};
const alternatives = (label: string): string[] => label.split('|').map((n) => slugify(n));
const normal = (s: string): string =>
  s
    .replace(/^\s*[-*•–]\s+/u, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * For each body block, the paragraph numbers (1-based, lines after the headline) it came from;
 * a list block holds several lines.
 */
export function blockParagraphs(source: string, body: readonly Block[]): number[][] {
  const lines = source
    .split(/\r?\n/)
    .slice(1)
    .map(normal)
    .filter((l) => l !== '');
  let next = 0;
  return body.map((block) => {
    const text = normal(blockText(block).replace(/\n/g, ' '));
    const taken: number[] = [];
    let length = 0;
    // A block holds the next line, and the lines after it that it also contains (list items).
    while (next < lines.length) {
      const line = lines[next]!;
      if (taken.length > 0 && !(text.includes(line) && length + line.length <= text.length)) break;
      taken.push(++next);
      length += line.length + 1;
    }
    return taken;
  });
}

/**
 * A short fingerprint of a block's text (whitespace folded): lets a label point at a paragraph
 * without the fixture holding any of its words.
 */
function blockAnchor(block: Block): string {
  return createHash('sha256')
    .update(normal(blockText(block).replace(/\n/g, ' ')))
    .digest('hex')
    .slice(0, 10);
}

/**
 * Body block numbers (1-based) for an imported HTML page, with each anchored quote label moved to
 * the block that now carries its anchor (the importer's cleaning may have added or dropped blocks
 * since it was labelled). Returns labels ready for `scoreArticle` and the paragraphs of each block.
 */
export function htmlParagraphs(labels: ArticleLabels, body: readonly Block[]): { labels: ArticleLabels; paragraphsOf: number[][] } {
  const anchors = body.map(blockAnchor);
  const quotes = labels.quotes.map((q) => {
    const at = q.anchor === undefined ? -1 : anchors.indexOf(q.anchor);
    return at === -1 ? q : { ...q, paragraph: at + 1 };
  });
  return { labels: { ...labels, quotes }, paragraphsOf: body.map((_, i) => [i + 1]) };
}

/** Adds one article's comparison to `scores`. */
export function scoreArticle(scores: Scores, labels: ArticleLabels, result: Enrichment, paragraphsOf: number[][]): void {
  for (const type of ['person', 'place', 'organization'] as const) {
    const gold = labels[FIELD[type]].map(alternatives);
    const predicted = result.mentions.filter((m) => m.entity.type === type);
    const tally = scores.entities[type];
    for (const m of predicted) {
      tally.predicted++;
      if (gold.some((alts) => alts.includes(m.entity.slug))) tally.correct++;
      else scores.misses.push(`${labels.path} FP ${type}: ${m.entity.name}`);
    }
    for (const alts of gold) {
      tally.labelled++;
      if (predicted.some((m) => alts.includes(m.entity.slug))) tally.found++;
      else scores.misses.push(`${labels.path} FN ${type}: ${alts[0]}`);
    }
  }
  const everyName = [...labels.people, ...labels.organizations, ...labels.places].map(alternatives);
  const speakerSlugs = (speaker: string | null): Array<string | null> =>
    speaker === null ? [null] : (everyName.find((alts) => alts.includes(slugify(speaker))) ?? [slugify(speaker)]);
  const labelledBlocks = new Set<number>();
  for (const q of labels.quotes) {
    scores.quotes.labelled++;
    const blocks = paragraphsOf.flatMap((ps, b) => (ps.includes(q.paragraph) ? [b] : []));
    blocks.forEach((b) => {
      labelledBlocks.add(b);
    });
    const here = result.quotes.filter((x) => blocks.includes(x.block));
    if (here.length === 0) {
      scores.misses.push(`${labels.path} quote missed: paragraph ${q.paragraph} (${q.speaker ?? 'unnamed'})`);
      continue;
    }
    scores.quotes.found++;
    const wanted = speakerSlugs(q.speaker);
    if (here.some((x) => wanted.includes(x.speaker?.slug ?? null))) scores.quotes.correct++;
    else
      scores.misses.push(
        `${labels.path} quote speaker: paragraph ${q.paragraph} want ${q.speaker ?? 'unnamed'}, got ${[...new Set(here.map((x) => x.speaker?.name ?? 'unnamed'))].join(', ')}`,
      );
  }
  const extractedBlocks = new Set(result.quotes.map((x) => x.block));
  scores.quotes.extracted += result.quotes.length;
  for (const b of extractedBlocks) if (!labelledBlocks.has(b)) scores.quotes.unlabelledBlocks++;
}

/** Precision, recall and F1 of a tally. */
export function rates(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.predicted === 0 ? 1 : t.correct / t.predicted;
  const recall = t.labelled === 0 ? 1 : t.found / t.labelled;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
