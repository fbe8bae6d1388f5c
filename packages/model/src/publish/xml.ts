/**
 * @module
 * Escaping text for XML and HTML. Both refuse the characters XML 1.0 forbids (most control
 * characters, lone surrogates, U+FFFE and U+FFFF): one of them pasted into a headline would
 * otherwise make a whole feed unreadable to every strict parser.
 */

// Everything outside XML 1.0's Char production; with the u flag a lone surrogate is one match.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * `text` without the characters XML 1.0 does not allow.
 *
 * @example
 * xmlSafe('Tab\tand bell\u0007'); // 'Tab\tand bell'
 */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/**
 * `text` escaped for XML or HTML element content and double- or single-quoted attribute values.
 *
 * @example
 * escapeXml('Fish & "chips" <today>'); // 'Fish &amp; &quot;chips&quot; &lt;today&gt;'
 */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The same escaping for HTML (`&apos;` is HTML 5 but not HTML 4, so `'` becomes `&#39;`). */
export function escapeHtml(text: string): string {
  return escapeXml(text).replace(/&apos;/g, '&#39;');
}

/** Attribute values of an element; undefined ones are left out. */
export type XmlAttributes = Record<string, string | undefined>;

/**
 * An XML element holding escaped `text` (or nothing, as `<name/>`).
 *
 * @example
 * xmlElement('category', 'Fish & chips', { domain: 'https://example.org' }); // '<category domain="https://example.org">Fish &amp; chips</category>'
 */
export function xmlElement(name: string, text?: string, attributes: XmlAttributes = {}): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  return text === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}

/** The XML declaration every document here starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
