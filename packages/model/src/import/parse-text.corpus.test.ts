/**
 * @module
 * parseText on the shared seed article and the BBC plain-text corpus (read in place, skipped
 * when the shared folder is absent).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleInput } from '../article.ts';
import { blockText } from '../block-text.ts';
import { missingShared, sharedPath } from '../testing/shared-dir.ts';
import { decodeText } from './decode.ts';
import { parseText } from './parse-text.ts';

const SEED = 'seeds/000_97e402c0209a3bde.txt';
const BBC = 'corpus/text/bbc';
const seedPath = sharedPath(SEED);
const bbcPath = sharedPath(BBC);

const tokens = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
const LIST_MARKER = /^\s*(?:[-*•–]|\d{1,3}[.)])\s+/u;

describe.skipIf(!seedPath)(`parseText on the seed article${seedPath ? '' : ` (${missingShared(SEED)})`}`, () => {
  const source = seedPath ? decodeText(readFileSync(seedPath)) : '';
  const lines = source.split('\n').map((l) => l.trim());
  const article = seedPath ? parseText(source) : { headline: '', body: [] };

  it('keeps the headline of line 1 exactly', () => {
    expect(article.headline).toBe(lines[0]);
    expect(article.headline).toBe('Xi and Putin Sign Joint Pact to Deepen Strategic Ties Amid Rising Global Tensions');
  });

  it('finds 23 paragraphs and the two subheadings after paragraphs 15 and 18', () => {
    const shape = article.body.map((b) => (b.type === 'heading' ? `h${b.level}: ${b.text}` : b.type));
    expect(shape.filter((s) => s === 'paragraph')).toHaveLength(23);
    expect(shape.filter((s) => s !== 'paragraph')).toEqual([
      'h2: Ukraine War Casts Shadow Over Putin’s Victory Day Parade',
      'h2: Drone Strikes and Global Tensions Frame Putin’s Victory Day Parade',
    ]);
    expect(shape[15]).toBe('h2: Ukraine War Casts Shadow Over Putin’s Victory Day Parade');
    expect(shape[19]).toBe('h2: Drone Strikes and Global Tensions Frame Putin’s Victory Day Parade');
  });

  it('leaves no trace of the comment widget', () => {
    const text = article.body.map(blockText).join('\n');
    expect(text).not.toMatch(/no comments|add yours/i);
    expect(article.body.at(-1)?.type).toBe('paragraph');
  });

  it('keeps every paragraph character for character, curly quotes and em dashes included', () => {
    for (const block of article.body) expect(lines).toContain(blockText(block));
    const text = article.body.map(blockText).join('\n');
    for (const ch of ['“', '”', '’', '—']) {
      expect(text.split(ch).length, ch).toBe(source.split(ch).length);
    }
    expect(text).not.toMatch(/["']|--/);
  });
});

describe.skipIf(!bbcPath)(`parseText on the BBC corpus${bbcPath ? '' : ` (${missingShared(BBC)})`}`, () => {
  it('keeps every headline and every word in order, with no headings, in all files', () => {
    const root = bbcPath as string;
    const files = readdirSync(root).flatMap((topic) => readdirSync(path.join(root, topic)).map((f) => path.join(topic, f)));
    const failures: string[] = [];
    const headings: string[] = [];
    for (const file of files) {
      const text = decodeText(readFileSync(path.join(root, file)));
      const [first = '', ...rest] = text.split('\n');
      const article = parseText(text);
      if (article.headline !== first.trim()) failures.push(`${file}: headline ${JSON.stringify(article.headline)}`);
      const expected = tokens(rest.map((line) => line.replace(LIST_MARKER, '')).join('\n'));
      const actual = tokens(article.body.map(blockText).join('\n'));
      if (expected.join(' ') !== actual.join(' ')) failures.push(`${file}: words differ`);
      if (!ArticleInput.safeParse(article).success) failures.push(`${file}: not a valid ArticleInput`);
      for (const b of article.body) if (b.type === 'heading') headings.push(`${file}: ${b.text}`);
    }
    expect(files).toHaveLength(1782);
    expect(failures).toEqual([]);
    expect(headings).toEqual([]);
  });

  it('decodes the Latin-1 file sport/199.txt with its pound sign', () => {
    const article = parseText(decodeText(readFileSync(path.join(bbcPath as string, 'sport', '199.txt'))));
    const text = article.body.map(blockText).join('\n');
    expect(text).toContain('£');
    expect(text).not.toContain('\uFFFD');
  });
});
