/**
 * @module
 * Turns a headline or a name into a URL-safe slug that the `Slug` schema accepts.
 */

/**
 * Letters that NFKD does not decompose into an ASCII base letter plus a mark, spelled the way
 * English-language newsrooms usually transliterate them.
 */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
};

/**
 * A URL-safe slug for `text`: accents stripped, lower-case, every run of other characters
 * turned into one hyphen, and cut at a word boundary so it is at most `maxLength` long.
 * Returns `''` when nothing usable is left (for example a headline in a non-Latin script),
 * so callers can choose their own fallback.
 *
 * @example
 * slugify('Xi and Putin Sign Joint Pact'); // 'xi-and-putin-sign-joint-pact'
 * slugify('Café Society: Ça va?'); // 'cafe-society-ca-va'
 * slugify('Спорт'); // ''
 */
export function slugify(text: string, maxLength = 80): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłıħ]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    // Apostrophes join a word rather than split it: "Putin's" gives "putins", not "putin-s".
    .replace(/['’ʼ]/g, '');
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const limit = Math.max(1, Math.floor(maxLength));
  if (slug.length <= limit) return slug;
  const cut = slug.slice(0, limit + 1);
  const lastHyphen = cut.lastIndexOf('-');
  // A single word longer than the limit is cut mid-word: something is better than nothing.
  const kept = lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, limit);
  return kept.replace(/-+$/, '');
}
