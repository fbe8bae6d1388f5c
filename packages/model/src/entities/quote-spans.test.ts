/**
 * @module
 * quoteSpans: which quotation marks open and close.
 */
import { describe, expect, it } from 'vitest';
import { quoteSpans } from './quote-spans.ts';

const texts = (text: string) => quoteSpans(text).map((q) => q.text);

describe('quoteSpans', () => {
  it('pairs typographic marks and straight marks', () => {
    expect(texts('He said “yes” and then "no".')).toEqual(['yes', 'no']);
  });

  it('ends a quotation left open where the next one opens, and runs the last one to the end', () => {
    expect(texts('"One. "Two." And "three')).toEqual(['One.', 'Two.', 'three']);
  });

  it('ignores a stray closing mark and apostrophes', () => {
    expect(texts('It’s the players’ night” and "their" win.')).toEqual(['their']);
  });

  it('keeps straight marks inside a typographic quotation as part of it', () => {
    expect(texts('“He said "no" twice,” she said, and "left".')).toEqual(['He said "no" twice,', 'left']);
  });

  it('takes the words before a first closing mark as the end of a quotation the paragraph before left open', () => {
    expect(quoteSpans('It was sad,” she said. “Very.”', true).map((q) => q.text)).toEqual(['It was sad,', 'Very.']);
    expect(quoteSpans('It was sad,” she said. “Very.”').map((q) => q.text)).toEqual(['Very.']);
  });

  it('keeps offsets that point at the marks', () => {
    const text = 'Say “hi” now';
    const [q] = quoteSpans(text);
    expect(text.slice(q!.open, q!.close)).toBe('“hi”');
  });
});
