/**
 * @module
 * What a file is, from its first bytes, whatever its name or declared type says.
 */
import type { MediaType } from '../../store/media-store.ts';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/**
 * The image type of `bytes` by its signature, or null for anything else.
 *
 * @example
 * sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])); // 'image/jpeg'
 */
export function sniffImageType(bytes: Uint8Array): MediaType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  // ISO base media: a 'ftyp' box whose brands include AVIF's
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const size = Math.min(((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0, bytes.length, 64);
    for (let at = 8; at + 4 <= size; at += 4) if (['avif', 'avis'].includes(ascii(bytes, at, at + 4))) return 'image/avif';
  }
  return null;
}

/**
 * True when `bytes` look like markup (SVG, HTML, XML), which is refused with its own message:
 * an SVG can carry script.
 *
 * @example
 * looksLikeMarkup(new TextEncoder().encode('<svg onload="…">')); // true
 */
export function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return head.startsWith('<') && /<(?:svg|\?xml|!doctype|html|script)/.test(head);
}
