/**
 * @module
 * Stories and queries made from the BBC texts in `../shared/corpus/text/bbc`, for benchmarks that
 * should see real words: a real vocabulary, real phrases and real names, at any number of
 * stories. Story `n` is one BBC story's headline and paragraphs with a few paragraphs of two
 * others woven in (seeded), so 100,000 stories are all different while every word is one a
 * reader could type. Nothing of the texts is written anywhere; they are read where they are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ArticleInput, decodeText, inlineText, parseText } from '@dateline/model';
import { sharedPath } from '../../../packages/model/src/testing/shared-dir.ts';
import { prng } from './search-data.ts';

/** One BBC story, parsed: its section (the folder), headline and paragraphs as plain text. */
interface Source {
  section: string;
  headline: string;
  paragraphs: string[];
}

/** The texts, parsed once; null when ../shared is absent. */
export function loadBbc(): Source[] | null {
  const dir = sharedPath('corpus/text/bbc');
  if (!dir) return null;
  const sources: Source[] = [];
  for (const section of readdirSync(dir).sort()) {
    for (const file of readdirSync(join(dir, section)).sort()) {
      const input = parseText(decodeText(readFileSync(join(dir, section, file))));
      const paragraphs = input.body.flatMap((b) => (b.type === 'paragraph' ? [inlineText(b.content)] : []));
      if (paragraphs.length > 0) sources.push({ section, headline: input.headline, paragraphs });
    }
  }
  return sources;
}

/** The start of the stories' publication times: they spread over the 20 years after it. */
const EPOCH = Date.parse('2006-01-01T00:00:00Z');
const YEARS = 20;

/**
 * Story number `n`: the same input for the same texts and `n`.
 *
 * @example
 * const story = bbcStory(loadBbc()!, 7);
 */
export function bbcStory(sources: readonly Source[], n: number): ArticleInput {
  const random = prng(n * 104_729 + 11);
  const base = sources[n % sources.length]!;
  const others = [sources[Math.floor(random() * sources.length)]!, sources[Math.floor(random() * sources.length)]!];
  const paragraphs = [...base.paragraphs];
  for (const other of others) {
    const borrowed = other.paragraphs[Math.floor(random() * other.paragraphs.length)]!;
    paragraphs.splice(1 + Math.floor(random() * paragraphs.length), 0, borrowed);
  }
  return {
    slug: `bbc-story-${n}`,
    headline: base.headline,
    body: paragraphs.map((text) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] })),
    section: { name: base.section[0]!.toUpperCase() + base.section.slice(1) },
    authors: [{ name: `Reporter ${1 + (n % 97)}` }],
    tags: [{ name: `Topic ${1 + Math.floor(random() * 150)}` }],
    publishedAt: new Date(EPOCH + Math.floor(random() * YEARS * 365 * 86_400_000)).toISOString(),
  };
}

/** The kinds of query, with their share of the mix (out of 20): what readers type into a news search. */
export const BBC_QUERY_KINDS = [
  ['word', 7],
  ['two words', 4],
  ['phrase', 3],
  ['name', 2],
  ['prefix', 1],
  ['word + section', 2],
  ['common word', 1],
] as const;
export type BbcQueryKind = (typeof BBC_QUERY_KINDS)[number][0];

/** One query: the search words and the section filter, if any. */
export interface BbcQuery {
  kind: BbcQueryKind;
  q: string;
  section?: string;
}

// Words too common to be a search on their own ("the", "said"…): the commonest in the texts.
const COMMON_RANKS = 150;

/**
 * `count` distinct queries drawn from the texts: content words (past the commonest), pairs of
 * them, two- and three-word phrases as they stand in a paragraph, names (runs of capitalised
 * words), word beginnings, words within a section, and some of the commonest words.
 *
 * @example
 * const queries = bbcQueries(loadBbc()!, 10_000);
 */
export function bbcQueries(sources: readonly Source[], count: number): BbcQuery[] {
  const random = prng(2026);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const frequency = new Map<string, number>();
  const names = new Set<string>();
  for (const source of sources) {
    for (const paragraph of source.paragraphs) {
      for (const word of words(paragraph)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
      for (const match of paragraph.matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b/g)) names.add(match[0]);
    }
  }
  const ranked = [...frequency.entries()]
    .filter(([w]) => w.length > 2 && !/\d/.test(w))
    .sort((a, b) => b[1] - a[1])
    .map(([w]) => w);
  const common = ranked.slice(0, COMMON_RANKS);
  const content = ranked.slice(COMMON_RANKS).filter((w) => frequency.get(w)! >= 2);
  const nameList = [...names];
  const sections = [...new Set(sources.map((s) => s.section))];
  const phrase = (length: number) => {
    const ws = words(pick(pick(sources).paragraphs));
    const at = Math.floor(random() * Math.max(1, ws.length - length));
    return `"${ws.slice(at, at + length).join(' ')}"`;
  };
  const make = (kind: BbcQueryKind): BbcQuery => {
    switch (kind) {
      case 'word':
        return { kind, q: pick(content) };
      case 'two words':
        return { kind, q: `${pick(content)} ${pick(content)}` };
      case 'phrase':
        return { kind, q: phrase(random() < 0.7 ? 2 : 3) };
      case 'name':
        return { kind, q: pick(nameList) };
      case 'prefix':
        return { kind, q: `${pick(content.filter((w) => w.length >= 7)).slice(0, 5)}*` };
      case 'word + section':
        return { kind, q: pick(content), section: pick(sections) };
      case 'common word':
        return { kind, q: pick(common) };
    }
  };
  const wheel = BBC_QUERY_KINDS.flatMap(([kind, share]) => Array.from({ length: share }, () => kind));
  const seen = new Set<string>();
  const out: BbcQuery[] = [];
  // The wheel turns on every draw, so a kind that has run out of new queries (there are only so
  // many common words) gives its turn to the others instead of holding the rest back.
  for (let i = 0; out.length < count && i < count * 20; i++) {
    const query = make(wheel[i % wheel.length]!);
    const key = `${query.q}\u0000${query.section ?? ''}`;
    if (query.q.replace(/["*]/g, '').trim() === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(query);
  }
  return out;
}

function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .match(/[\p{L}\p{N}']+/gu)
      ?.map((w) => w.replace(/^'+|'+$/g, ''))
      .filter(Boolean) ?? []
  );
}
