/**
 * @module
 * The articles the HTTP benchmark serves: `count` invented stories of about 600 words in eight
 * paragraphs, with authors, a section and tags, the same on every run.
 */
import type { ArticleInput } from '@dateline/model';

const WORDS = (
  'harbour ferry council river path library bakery tram station market school bridge budget vote ' +
  'weather storm season repair engine timetable crossing passenger mayor residents street square ' +
  'evening morning report plan meeting committee funding opening closing extension volunteers'
).split(' ');
const SECTIONS = ['Local', 'Transport', 'Business', 'Culture'];
const AUTHORS = ['Maya Okafor', 'Jonas Brandt', 'Ines Calder', 'Oskar Lund'];

/** A sentence of 12–20 words, chosen by position so every run is the same. */
function sentence(seed: number): string {
  const length = 12 + (seed % 9);
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 31 + i * 17) % WORDS.length]!);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/**
 * Invented article number `n`, published `n` minutes before `epoch`.
 *
 * @example
 * benchArticle(7, Date.parse('2026-05-01T00:00:00Z')).slug; // 'bench-story-7'
 */
export function benchArticle(n: number, epoch: number): ArticleInput {
  const paragraphs = Array.from({ length: 8 }, (_, p) => ({
    type: 'paragraph' as const,
    content: [{ type: 'text' as const, text: Array.from({ length: 5 }, (_, s) => sentence(n * 97 + p * 11 + s)).join(' ') }],
  }));
  return {
    slug: `bench-story-${n}`,
    headline: `Bench story ${n}: ${sentence(n).slice(0, 60).replace(/\.$/, '')}`,
    standfirst: sentence(n + 1),
    body: paragraphs,
    authors: [{ name: AUTHORS[n % AUTHORS.length]! }],
    section: { name: SECTIONS[n % SECTIONS.length]! },
    tags: [{ name: 'Harbour' }, { name: `Topic ${n % 25}` }],
    publishedAt: new Date(epoch - n * 60_000).toISOString(),
  };
}
