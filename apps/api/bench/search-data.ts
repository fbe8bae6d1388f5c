/**
 * @module
 * Synthetic articles and queries for the search benchmark, the same on every run: a seeded PRNG,
 * a made-up vocabulary used with Zipf-like frequencies (a few very common words, a long tail of
 * rare ones), and about 600 words of body per article.
 */
import type { ArticleInput } from '@dateline/model';

/**
 * A seeded PRNG (mulberry32): the same seed gives the same numbers in [0, 1) everywhere.
 *
 * @example
 * const random = prng(42); random(); // 0.6011…
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = [
  'b',
  'br',
  'c',
  'ch',
  'd',
  'dr',
  'f',
  'g',
  'gr',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'pl',
  'r',
  's',
  'st',
  't',
  'tr',
  'v',
  'w',
  'z',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', 'n', 'r', 'l', 's', 'th', 'nd', 'rk', 'm', 't'];

/** The corpus: a vocabulary, its cumulative Zipf weights, and the names articles are filed under. */
export interface Corpus {
  words: string[];
  cumulative: Float64Array;
  sections: string[];
  tags: string[];
  authors: string[];
}

/**
 * The made-up vocabulary (`size` distinct words of two or three syllables) and names.
 *
 * @example
 * const corpus = makeCorpus(prng(1));
 */
export function makeCorpus(random: () => number, size = 40_000): Corpus {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const syllable = () => pick(ONSETS) + pick(VOWELS) + pick(CODAS);
  const seen = new Set<string>();
  while (seen.size < size) seen.add(syllable() + syllable() + (random() < 0.4 ? syllable() : ''));
  const words = [...seen];
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let i = 0; i < size; i += 1) cumulative[i] = total += 1 / (i + 1) ** 1.05;
  for (let i = 0; i < size; i += 1) cumulative[i]! /= total;
  const title = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  return {
    words,
    cumulative,
    sections: words.slice(30_000, 30_008).map(title),
    tags: words.slice(31_000, 31_200).map(title),
    authors: Array.from({ length: 300 }, (_, i) => `${title(words[32_000 + i]!)} ${title(words[33_000 + i]!)}`),
  };
}

/** A word drawn with its Zipf frequency. */
export function drawWord(corpus: Corpus, random: () => number): string {
  const r = random();
  let lo = 0;
  let hi = corpus.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (corpus.cumulative[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return corpus.words[lo]!;
}

function sentence(corpus: Corpus, random: () => number, words: number): string {
  const out = Array.from({ length: words }, () => drawWord(corpus, random));
  return `${out[0]![0]!.toUpperCase()}${out.join(' ').slice(1)}.`;
}

/** The start of the benchmark's publication times. */
export const EPOCH = Date.parse('2023-01-01T00:00:00Z');

/**
 * Article number `n` of the benchmark: the same input for the same corpus and `n`.
 *
 * @example
 * syntheticArticle(corpus, 7).headline;
 */
export function syntheticArticle(corpus: Corpus, n: number): ArticleInput {
  const random = prng(n * 7919 + 17);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const paragraphs = Array.from({ length: 10 }, () => {
    const sentences = Array.from({ length: 4 + Math.floor(random() * 3) }, () => sentence(corpus, random, 8 + Math.floor(random() * 10)));
    return { type: 'paragraph' as const, content: [{ type: 'text' as const, text: sentences.join(' ') }] };
  });
  return {
    slug: `story-${n}`,
    headline: sentence(corpus, random, 6 + Math.floor(random() * 5)).slice(0, -1),
    standfirst: sentence(corpus, random, 15 + Math.floor(random() * 10)),
    body: paragraphs,
    section: { name: pick(corpus.sections) },
    tags: Array.from(new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(corpus.tags)))).map((name) => ({ name })),
    authors: Array.from(new Set(Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(corpus.authors)))).map((name) => ({
      name,
    })),
    publishedAt: new Date(EPOCH + Math.floor(random() * 3 * 365 * 86_400_000)).toISOString(),
  };
}

/** The kinds of query, with their share of the mix (out of 20). */
export const QUERY_KINDS = [
  ['word', 8],
  ['two words', 4],
  ['phrase', 2],
  ['author or tag', 2],
  ['prefix (6 letters)', 1],
  ['word + filter', 2],
  ['common word', 1],
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number][0];

/** One query of the benchmark. */
export interface BenchQuery {
  kind: QueryKind;
  q: string;
  section?: string;
  tag?: string;
}

/**
 * `count` queries as readers type them: content words (the vocabulary past its 300 most common
 * words, which play the part of "the", "said" and the like), pairs of them, phrases lifted from
 * an article, author and tag names, prefixes, filtered searches, and some common words.
 *
 * @example
 * const queries = makeQueries(corpus, 1000);
 */
export function makeQueries(corpus: Corpus, count: number): BenchQuery[] {
  const random = prng(99);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const word = () => corpus.words[300 + Math.floor(random() * (corpus.words.length - 300))]!;
  const slug = (name: string) => name.toLowerCase();
  const wheel = QUERY_KINDS.flatMap(([kind, share]) => Array.from({ length: share }, () => kind));
  return Array.from({ length: count }, (_, i): BenchQuery => {
    const kind = wheel[i % wheel.length]!;
    switch (kind) {
      case 'word':
        return { kind, q: word() };
      case 'two words':
        return { kind, q: `${word()} ${word()}` };
      case 'phrase': {
        const body = syntheticArticle(corpus, Math.floor(random() * 1000)).body[0];
        const words =
          body?.type === 'paragraph' ? (body.content[0] as { text: string }).text.toLowerCase().split(/\W+/).filter(Boolean) : [];
        const at = Math.floor(random() * Math.max(1, words.length - 1));
        return { kind, q: `"${words[at]} ${words[at + 1]}"` };
      }
      case 'author or tag':
        return { kind, q: random() < 0.5 ? pick(corpus.authors).split(' ')[1]! : pick(corpus.tags) };
      case 'prefix (6 letters)':
        return { kind, q: `${word().slice(0, 6)}*` };
      case 'word + filter':
        return random() < 0.5
          ? { kind, q: word(), section: slug(pick(corpus.sections)) }
          : { kind, q: word(), tag: slug(pick(corpus.tags)) };
      case 'common word':
        return { kind, q: corpus.words[20 + Math.floor(random() * 280)]! };
      default:
        throw new Error(`no queries of the kind ${kind satisfies never}`);
    }
  });
}
