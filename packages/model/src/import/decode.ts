/**
 * @module
 * Turns the bytes of an uploaded text file into a string, whatever the common encoding.
 */

/**
 * Windows-1252 characters for bytes 0x80–0x9F, where it differs from Latin-1. The five undefined
 * bytes map to the C1 control of the same number, as the WHATWG Encoding Standard does.
 * Written out here because `TextDecoder('windows-1252')` is missing from some runtimes
 * (Node built without full ICU).
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a text file: UTF-8 (without its byte-order mark) when the bytes are valid UTF-8,
 * UTF-16 when they start with a UTF-16 byte-order mark, and Windows-1252 otherwise, since that
 * (or its subset Latin-1) is what nearly every non-UTF-8 English-language text file is in.
 * Pure: works in Node and in browsers.
 *
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69])); // 'Hi'
 * decodeText(new Uint8Array([0xa3, 0x35])); // '£5' (Latin-1)
 * decodeText(new Uint8Array([0x93, 0x4f, 0x6b, 0x94])); // '“Ok”' (Windows-1252)
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return utf8.decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Decodes bytes as Windows-1252 (a superset of the printable part of ISO-8859-1).
 *
 * @example
 * decodeWindows1252(new Uint8Array([0x63, 0x61, 0x66, 0xe9])); // 'café'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      codes.push(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}
