/**
 * @module
 * Tests of decoding saved web pages: byte-order marks, `<meta charset>` and legacy encodings.
 */
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml } from './import-decode.ts';

const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));
const page = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));

describe('decodeHtml', () => {
  it('follows a declared Windows-1252 or Latin-1, in either form of the tag', () => {
    expect(decodeHtml(page('<meta charset="windows-1252"><p>', [0x93], 'Caf', [0xe9], [0x94]))).toBe(
      '<meta charset="windows-1252"><p>“Café”',
    );
    const httpEquiv = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>';
    expect(decodeHtml(page(httpEquiv, [0xa3], '5'))).toBe(`${httpEquiv}£5`);
  });

  it('reads other declared legacy encodings as declared', () => {
    expect(decodeHtml(page("<meta charset='shift_jis'><p>", [0x82, 0xa0]))).toBe("<meta charset='shift_jis'><p>あ");
  });

  it('reads UTF-8, and falls back to Windows-1252 when bytes said to be UTF-8 are not', () => {
    const utf8 = new TextEncoder().encode('<meta charset="utf-8"><p>“Café”');
    expect(decodeHtml(utf8)).toBe('<meta charset="utf-8"><p>“Café”');
    expect(decodeHtml(page('<meta charset="utf-8"><p>', [0x93], 'Hi', [0x94]))).toBe('<meta charset="utf-8"><p>“Hi”');
    expect(decodeHtml(page('<p>', [0xa3], '5'))).toBe('<p>£5');
  });

  it('lets a byte-order mark win over the tag, and ignores labels it does not know', () => {
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="windows-1252">é')]))).toBe(
      '<meta charset="windows-1252">é',
    );
    expect(declaredCharset(page('<meta charset="klingon-8">'))).toBeUndefined();
    expect(decodeHtml(page('<meta charset="klingon-8"><p>', [0xe9]))).toBe('<meta charset="klingon-8"><p>é');
  });

  it('looks for the declaration in the first 1024 bytes only, as browsers do', () => {
    expect(declaredCharset(page(`<!-- ${'x'.repeat(1100)} --><meta charset="windows-1252">`))).toBeUndefined();
    expect(declaredCharset(page('<head><META CHARSET=latin1>'))).toBe('windows-1252');
  });
});
