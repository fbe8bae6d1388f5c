/**
 * @module
 * Bytes of an HTML page to text: the byte-order mark first, then the page's own `<meta charset>`,
 * then the same guess as for plain text (UTF-8, else Windows-1252).
 */
import { decodeText, decodeWindows1252 } from '@dateline/model';

/** Browsers look for the charset declaration in the first 1024 bytes; so do we. */
const PRESCAN_BYTES = 1024;

// `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">` alike.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/**
 * The character encoding an HTML page declares in a `<meta>` tag near its start, as the WHATWG
 * name (`utf-8`, `windows-1252`, `shift_jis`…), or undefined when it declares none this runtime
 * knows.
 *
 * @example
 * declaredCharset(new TextEncoder().encode('<meta charset="ISO-8859-1">')); // 'windows-1252'
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = decodeWindows1252(bytes.subarray(0, PRESCAN_BYTES));
  const label = META_CHARSET.exec(head)?.[1];
  if (!label) return undefined;
  try {
    // The decoder resolves labels as browsers do: latin1 and us-ascii mean windows-1252.
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/**
 * Decodes a saved web page. A byte-order mark wins; then a declared Windows-1252 (or Latin-1) is
 * honoured even though the bytes might pass for UTF-8, and any other declared legacy encoding is
 * decoded as declared. A page declaring UTF-8 (or nothing) is read as UTF-8 when it is valid, and
 * as Windows-1252 when it is not: such pages were usually re-saved by an editor that lied.
 *
 * @example
 * decodeHtml(new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1252"><p>'), 0x93, 0x48, 0x69, 0x94]));
 * // '<meta charset="windows-1252"><p>“Hi”'
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (hasByteOrderMark(bytes)) return decodeText(bytes);
  const charset = declaredCharset(bytes);
  if (charset === 'windows-1252') return decodeWindows1252(bytes);
  // A page cannot declare UTF-16 in its own (ASCII) markup; browsers read that as UTF-8 too.
  if (charset === undefined || charset === 'utf-8' || charset.startsWith('utf-16')) return decodeText(bytes);
  return new TextDecoder(charset).decode(bytes);
}

function hasByteOrderMark(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}
