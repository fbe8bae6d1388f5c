/**
 * @module
 * Escaping for HTML built as strings, by the same rules as Astro's templates, so markup made
 * here is byte for byte what a component would have rendered.
 */

const TEXT_SPECIAL = /[&<>'"]/g;
const ATTRIBUTE_SPECIAL = /[&"]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const entity = (char: string) => ENTITIES[char]!;

/**
 * `text` as HTML text: the characters that could start markup or end an attribute escaped.
 *
 * @example
 * escapeText('Fish & <chips>'); // 'Fish &amp; &lt;chips&gt;'
 */
export function escapeText(text: string): string {
  return text.replace(TEXT_SPECIAL, entity);
}

/**
 * ` name="value"` for an element's start tag; nothing when `value` is undefined or null, and the
 * bare name when it is empty (as Astro writes it). Values are always double-quoted, so only `&`
 * and `"` need escaping.
 *
 * @example
 * attribute('title', 'The "report"'); // ' title="The &quot;report&quot;"'
 * attribute('rel', undefined); // ''
 */
export function attribute(name: string, value: string | null | undefined): string {
  if (value === undefined || value === null) return '';
  if (value === '') return ` ${name}`;
  return ` ${name}="${value.replace(ATTRIBUTE_SPECIAL, entity)}"`;
}
