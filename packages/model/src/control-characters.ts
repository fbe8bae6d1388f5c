/**
 * @module
 * Control characters in text: no reader sees them, PostgreSQL cannot store NUL at all, and
 * terminal escapes (ESC) or bells (BEL) only ever arrive by accident or malice. Articles are
 * stored without them on every database.
 */

/** C0 and C1 control characters but tab and line breaks; form feed and vertical tab become spaces. */
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
const SPACING = /[\u000B\u000C]/g;
// Any of either, for the common case of text with none, which is returned as it is.
const ANY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * `text` without control characters (NUL, ESC, BEL… and the C1 range); tab and line breaks are
 * kept, form feed and vertical tab become spaces.
 *
 * @example
 * withoutControls('a\u0000b\u001b[31m'); // 'ab[31m'
 */
export function withoutControls(text: string): string {
  return ANY.test(text) ? text.replace(CONTROLS, '').replace(SPACING, ' ') : text;
}

/**
 * `value` with `withoutControls` applied to every string in it (object keys too), for a whole
 * JSON document; values nested deeper than `maxDepth` are left as they are (the schema that
 * follows refuses them).
 *
 * @example
 * withoutControlsDeep({ headline: 'Ferry\u0000 returns', tags: [{ name: 'ferries\u0007' }] });
 * // { headline: 'Ferry returns', tags: [{ name: 'ferries' }] }
 */
export function withoutControlsDeep<T>(value: T, maxDepth = 64): T {
  // Nearly every document has none: it is only copied when it does.
  return hasControls(value, maxDepth) ? copyWithoutControls(value, maxDepth) : value;
}

function hasControls(value: unknown, maxDepth: number): boolean {
  if (typeof value === 'string') return ANY.test(value);
  if (maxDepth <= 0 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => hasControls(item, maxDepth - 1));
  for (const [key, item] of Object.entries(value)) if (ANY.test(key) || hasControls(item, maxDepth - 1)) return true;
  return false;
}

function copyWithoutControls<T>(value: T, maxDepth: number): T {
  if (typeof value === 'string') return withoutControls(value) as T;
  if (maxDepth <= 0 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => copyWithoutControls(item, maxDepth - 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[withoutControls(key)] = copyWithoutControls(item, maxDepth - 1);
  return out as T;
}
