/**
 * @module
 * Tests for decodeText.
 */
import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from './decode.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8 and strips its byte-order mark', () => {
    expect(decodeText(utf8('\uFEFFCafé “quoted” — £5'))).toBe('Café “quoted” — £5');
    expect(decodeText(utf8('Plain'))).toBe('Plain');
  });

  it('falls back to Latin-1 for a lone high byte that is not UTF-8', () => {
    expect(decodeText(bytes(0x43, 0x6f, 0x73, 0x74, 0x3a, 0x20, 0xa3, 0x35))).toBe('Cost: £5');
  });

  it('uses the Windows-1252 characters for 0x80-0x9F', () => {
    expect(decodeText(bytes(0x93, 0x48, 0x69, 0x94, 0x20, 0x97, 0x20, 0x80, 0x32, 0x85, 0x99))).toBe('“Hi” — €2…™');
    expect(decodeWindows1252(bytes(0x8a, 0x9a, 0x8c, 0x9c, 0x9f, 0x81))).toBe('ŠšŒœŸ\u0081');
  });

  it('agrees with the platform Windows-1252 decoder on every byte', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeWindows1252(all)).toBe(new TextDecoder('windows-1252').decode(all));
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x48, 0x00, 0xe9, 0x00))).toBe('Hé');
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0xe9))).toBe('Hé');
  });

  it('handles empty input and long Latin-1 input', () => {
    expect(decodeText(bytes())).toBe('');
    const long = new Uint8Array(20_000).fill(0xe9);
    expect(decodeText(long)).toBe('é'.repeat(20_000));
  });
});
