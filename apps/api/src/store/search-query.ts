/**
 * @module
 * What a user typed, read as search terms of our own: words, "quoted phrases" and `prefix*`
 * terms, all required. Only letters and digits survive, so operators (AND, OR, NOT, NEAR),
 * column filters, `^`, brackets and SQL are plain words or nothing, and the query each database
 * receives is built from quoted terms alone.
 */

/** Characters of a query read; the rest is ignored. */
const MAX_QUERY_LENGTH = 256;
/** Terms of a query kept; the rest are ignored. */
const MAX_TERMS = 12;
/** The shortest prefix searched as a prefix: shorter ones would match nearly everything. */
const MIN_PREFIX_LENGTH = 2;

/** One required term: a word, a word prefix, or words that must follow each other. */
export type SearchTerm = { kind: 'word' | 'prefix'; word: string } | { kind: 'phrase'; words: string[] };

const WORD = /[\p{L}\p{N}]+(\*)?/gu;

/**
 * The terms of `text` (lower-case, NFKC-normalised). Quotes make a phrase; an unclosed quote runs
 * to the end. Words joined by punctuation (`e-mail`, `3.5`) are a phrase too, as the indexes see
 * them as separate words.
 *
 * @example
 * parseSearchQuery('"night ferry" harbo* NOT'); // [{ kind: 'phrase', words: ['night', 'ferry'] }, { kind: 'prefix', word: 'harbo' }, { kind: 'word', word: 'not' }]
 */
export function parseSearchQuery(text: string): SearchTerm[] {
  const input = [...text.normalize('NFKC').toLowerCase()].slice(0, MAX_QUERY_LENGTH).join('');
  const terms: SearchTerm[] = [];
  input.split('"').forEach((part, i) => {
    if (i % 2 === 1) {
      const words = [...part.matchAll(WORD)].map((m) => m[0].replace('*', ''));
      if (words.length > 0) terms.push(words.length === 1 ? { kind: 'word', word: words[0]! } : { kind: 'phrase', words });
      return;
    }
    for (const chunk of part.split(/\s+/)) {
      const matches = [...chunk.matchAll(WORD)];
      if (matches.length > 1) terms.push({ kind: 'phrase', words: matches.map((m) => m[0].replace('*', '')) });
      else if (matches.length === 1) {
        const [token, star] = [matches[0]![0].replace('*', ''), matches[0]![1]];
        terms.push({ kind: star && token.length >= MIN_PREFIX_LENGTH ? 'prefix' : 'word', word: token });
      }
    }
  });
  return terms.slice(0, MAX_TERMS);
}

/**
 * The FTS5 query for `terms`: each one double-quoted (words are letters and digits only, so no
 * quote can occur inside), all required.
 *
 * @example
 * toFts5Query([{ kind: 'prefix', word: 'harbo' }, { kind: 'phrase', words: ['night', 'ferry'] }]); // '"harbo" * "night ferry"'
 */
export function toFts5Query(terms: readonly SearchTerm[]): string {
  return terms
    .map((t) => (t.kind === 'phrase' ? `"${t.words.join(' ')}"` : t.kind === 'prefix' ? `"${t.word}" *` : `"${t.word}"`))
    .join(' ');
}

/**
 * A stable, short fingerprint of a search (its terms and filters), so a cursor cannot continue a
 * different search.
 *
 * @example
 * searchFingerprint(parseSearchQuery('ferry'), {}); // 'k3j9x0'
 */
export function searchFingerprint(terms: readonly SearchTerm[], filters: object): string {
  let hash = 0x811c9dc5;
  for (const ch of JSON.stringify([terms, filters])) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
