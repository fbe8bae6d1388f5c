/**
 * @module
 * The importers on hostile input: each pathological source of the kind that used to take seconds
 * to minutes, or overflow the stack, is parsed or refused within a fraction of a second.
 */
import { describe, expect, it } from 'vitest';
import { enrich } from '../entities/enrich.ts';
import { MAX_BLOCKS, MAX_LINES, MAX_MARKDOWN_MARKERS, MAX_NESTING_DEPTH, MAX_SOURCE_BYTES, MAX_TEXT_CHARS } from '../limits.ts';
import { isImportError } from './errors.ts';
import { parseHtml } from './parse-html.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { parseText } from './parse-text.ts';
import { checkSourceBytes, withoutControls } from './source-limits.ts';

const repeat = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

/** Runs `work`, returning how long it took and the import error code it threw, if any. */
function timed(work: () => unknown): { ms: number; code: string | undefined } {
  const start = performance.now();
  let code: string | undefined;
  try {
    work();
  } catch (err) {
    if (!isImportError(err)) throw err;
    code = err.code;
  }
  return { ms: performance.now() - start, code };
}

/** How long `enrich` takes over an article of one paragraph of `text`. */
function enrichMs(text: string): number {
  const article = { headline: 'H', body: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] };
  const start = performance.now();
  enrich(article);
  return performance.now() - start;
}

// Generous against a busy machine running other tests at once (a quiet one takes well under a
// second for each); before the limits each of these took from 7 s to minutes, or overflowed.
const FAST_MS = 5_000;

describe('bounded work for hostile sources', () => {
  it('refuses Markdown with more emphasis markers or brackets than matching them quickly allows', () => {
    const stars = timed(() => parseMarkdown(`# T\n\n${repeat('*a', 40_000)}`));
    expect(stars).toMatchObject({ code: 'too_complex' });
    expect(stars.ms).toBeLessThan(FAST_MS);
    const brackets = timed(() => parseMarkdown(`# T\n\n${'['.repeat(100_000)}${']'.repeat(100_000)}`));
    expect(brackets).toMatchObject({ code: 'too_complex' });
    expect(brackets.ms).toBeLessThan(FAST_MS);
    // Up to the limit is parsed, and still quickly.
    const allowed = timed(() => parseMarkdown(`# T\n\n${repeat('*a', MAX_MARKDOWN_MARKERS * 2)}`));
    expect(allowed.code).toBeUndefined();
    expect(allowed.ms).toBeLessThan(FAST_MS);
  });

  it('refuses Markdown nested deeper than the limit instead of overflowing the stack', () => {
    expect(timed(() => parseMarkdown(`# T\n\n${'>'.repeat(5_000)} deep`)).code).toBe('too_complex');
    expect(timed(() => parseMarkdown(`# T\n\n${'- '.repeat(5_000)}item`)).code).toBe('too_complex');
    expect(timed(() => parseMarkdown(`# T\n\n${Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}`)).code).toBe(
      'too_complex',
    );
    expect(timed(() => parseMarkdown(`# T\n\n${'> '.repeat(MAX_NESTING_DEPTH - 5)}deep`)).code).toBeUndefined();
  });

  it('parses long plain text in time linear in its lines', () => {
    const lines = (n: number) => `Headline\n\n${Array.from({ length: n }, (_, i) => `Line ${i} of a long text`).join('\n')}`;
    const small = timed(() => parseText(lines(4_000)));
    const large = timed(() => parseText(lines(32_000)));
    expect(large.code).toBeUndefined();
    expect(large.ms).toBeLessThan(FAST_MS);
    // Eight times the lines: well under the 64 times a quadratic parse takes.
    expect(large.ms).toBeLessThan(Math.max(small.ms, 5) * 24);
    expect(timed(() => parseText(lines(MAX_LINES + 1))).code).toBe('too_large');
  });

  it('parses JSON-like text quickly and refuses text over the size limit', () => {
    const json = timed(() => parseText(`Headline\n\n${repeat('{"a":', 60_000)}`));
    expect(json.ms).toBeLessThan(FAST_MS);
    expect(timed(() => parseText(`Headline\n\n${'word '.repeat(MAX_TEXT_CHARS / 5 + 1)}`)).code).toBe('too_large');
    expect(timed(() => parseMarkdown(`# Headline\n\n${'word '.repeat(MAX_TEXT_CHARS / 5 + 1)}`)).code).toBe('too_large');
  });

  it('refuses a body of more blocks than the limit', () => {
    const text = `Headline\n\n${Array.from({ length: MAX_BLOCKS + 1 }, (_, i) => `Paragraph ${i}.`).join('\n\n')}`;
    expect(timed(() => parseText(text)).code).toBe('too_large');
  });

  it('refuses HTML nested 12,000 elements deep instead of overflowing the stack', () => {
    const html = `<html><head><title>T</title></head><body><article><h1>Title</h1><p>First paragraph of the story.</p>${'<div>'.repeat(12_000)}deep${'</div>'.repeat(12_000)}</article></body></html>`;
    const result = timed(() => parseHtml(html));
    expect(result.code).toBe('too_complex');
    expect(result.ms).toBeLessThan(FAST_MS);
  });

  it('enriches text of thousands of quotation marks in one sentence quickly', () => {
    expect(enrichMs(repeat('{"a":', 60_000))).toBeLessThan(FAST_MS);
  });

  it('enriches a paragraph of thousands of quoted words quickly, in double and in single marks', () => {
    // 12,000 quotations in one paragraph: each mark once asked whether it opened a nickname, which
    // scanned the whole paragraph again (over half a minute here).
    for (const unit of ['“a ” ', '‘a ’ ']) {
      expect(enrichMs(repeat(unit, 60_000))).toBeLessThan(FAST_MS);
    }
  });

  it('enriches a paragraph of one capitalised name repeated quickly', () => {
    // A body named after a list ("Department for Media, Culture and Sport") may follow capitalised
    // words; the pattern once read from every capital to the end of the run, and a paragraph of
    // 200,000 characters of one name took 12 s, of hyphenated names 8 s, and 100,000 characters
    // of "McDonald-O’Brien" 21 s.
    for (const [unit, chars] of [
      ['Anna Cole ', 200_000],
      ['Anna-Marie Cole-Smith ', 200_000],
      ['McDonald-O’Brien ', 100_000],
    ] as const) {
      expect(enrichMs(repeat(unit, chars))).toBeLessThan(FAST_MS);
    }
  });

  it('enriches a paragraph of thousands of quotations or bracketed names quickly', () => {
    // 400,000 characters each: the quotations masked one by one out of the paragraph's sentences,
    // each "she" tested against every quotation, and each name of one long sentence put before
    // its possessives one by one, took from 8.6 to 23 s.
    for (const unit of ['“Yes,” she said. ', '‘Yes,’ she said. ', '(Anna Cole) ']) {
      expect(enrichMs(repeat(unit, 400_000))).toBeLessThan(FAST_MS);
    }
  });

  it('enriches a paragraph of thousands of names joined by "and" without overflowing the stack', () => {
    // Each "and" of one run of capitals was split off by a further call, reading the rest of the
    // run again: 40,000 characters took 3.2 s, and 50,000 or more overflowed the stack.
    for (const unit of ['Anna Cole and ', 'Bank and the ']) {
      expect(enrichMs(repeat(unit, 200_000))).toBeLessThan(FAST_MS);
    }
  });

  it('enriches a paragraph of thousands of short sentences naming one person quickly', () => {
    // Each sentence's people were filtered out of the whole paragraph's to tally the pronouns
    // that follow them: 400,000 characters took 19 s.
    expect(enrichMs(repeat('Anna Cole said. ', 400_000))).toBeLessThan(FAST_MS);
  });

  it('drops control characters from imported text', () => {
    const input = parseText('Head\u0000line\u001b\n\nA bell\u0007 rang\u0000.\n');
    expect(input.headline).toBe('Headline');
    expect(JSON.stringify(input)).not.toMatch(/\\u00(?:0|1)/);
    expect(withoutControls('tab\tand\nnewline\u0085')).toBe('tab\tand\nnewline');
  });

  it('tells binary and oversized files from text', () => {
    const random = new Uint8Array(100_000);
    for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24;
    expect(() => checkSourceBytes(random)).toThrow(/not text/);
    expect(() => checkSourceBytes(new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61))).toThrow(/more than/);
    expect(() => checkSourceBytes(new TextEncoder().encode('Headline\n\nOne stray NUL \u0000 in a text file.'))).not.toThrow();
  });
});
