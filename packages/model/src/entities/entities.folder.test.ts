/**
 * @module
 * What a user would see browsing every BBC story of the shared corpus (read in place; skipped
 * when it is absent): no entity is a pronoun ("He"), a common word capitalised only because it
 * opens a sentence ("Reading blogs…"), or the title of a work the story names as one ("the film
 * Vera Drake"). The test judges by the text, not by the extractor's own lists: a word is common
 * when the corpus writes it in lower case mid-sentence and (almost) never capitalised there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../import/decode.ts';
import { parseText } from '../import/parse-text.ts';
import { missingShared, sharedPath } from '../testing/shared-dir.ts';
import { enrich } from './enrich.ts';

const BBC = 'corpus/text/bbc';
const root = sharedPath(BBC);

const PRONOUNS = new Set(
  'i me my mine he him his she her hers it its we us our ours they them their theirs you your yours this that these those who whom'.split(
    ' ',
  ),
);
// Written just before a title ("the film Vera Drake", "his novel 'Small Island'").
const WORK_BEFORE = /\b(?:film|movie|novel|book|album|musical|sitcom|soap|documentary|drama series|TV series|comedy series)[ \t]+["'‘“]?$/;
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.skipIf(!root)(`entities across the whole BBC folder${root ? '' : ` (${missingShared(BBC)})`}`, () => {
  const files = root ? readdirSync(root).flatMap((topic) => readdirSync(path.join(root, topic)).map((f) => path.join(topic, f))) : [];
  const texts = files.map((f) => decodeText(readFileSync(path.join(root!, f))));
  // How often each word is written in lower case and capitalised in mid-sentence, over the folder.
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const text of texts) {
    for (const m of text.matchAll(/(?<=[a-z,;] )([A-Za-z]+)/g)) {
      const w = m[1]!;
      const key = w.toLowerCase();
      const tally = w === key ? lower : upper;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
  }
  // Common: written in lower case mid-sentence at least five times and capitalised there at most once.
  const common = (word: string): boolean => (lower.get(word.toLowerCase()) ?? 0) >= 5 && (upper.get(word.toLowerCase()) ?? 0) <= 1;
  /** Every place the story writes the name comes after a sentence break or is in capitals. */
  const onlyOpensSentences = (name: string, text: string): boolean =>
    [...text.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'))].every(
      (m) => /(?:^|[.!?:"“‘(\n-]\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index)) || name === name.toUpperCase(),
    );

  const found = { pronoun: [] as string[], common: [] as string[], work: [] as string[] };
  files.forEach((file, i) => {
    const text = texts[i]!;
    const input = parseText(text);
    for (const { entity } of enrich({ headline: input.headline, body: input.body }).mentions) {
      const name = entity.name;
      const where = `${file}: ${entity.type} "${name}"`;
      if (PRONOUNS.has(name.toLowerCase())) found.pronoun.push(where);
      else if (!name.includes(' ') && common(name) && onlyOpensSentences(name, text)) found.common.push(where);
      // The whole title, not the first words of a longer one ("the musical Bollywood Dreams").
      const asTitle = new RegExp(`${escapeRegExp(name)}(?![\\w'’-]| \\p{Lu})`, 'gu');
      if ([...text.matchAll(asTitle)].some((m) => WORK_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)))) found.work.push(where);
    }
  });

  it('lists no pronoun as a person, place or organisation', () => {
    expect(found.pronoun).toEqual([]);
  });

  it('lists no common word capitalised only because it opens a sentence', () => {
    expect(found.common).toEqual([]);
  });

  it('lists no title of a film, book, album or show the story names as one', () => {
    expect(found.work).toEqual([]);
  });
});
