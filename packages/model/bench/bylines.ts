/**
 * @module
 * Judging the authors an import finds, independently of the byline parser: what no person's name
 * looks like (junk), and whether the authors found are the ones a page's reference byline names.
 */

const GLUED =
  /\p{Ll}(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Associated|Reuters|Updated|Published|Posted)/u;
const NOT_NAMES = new Set([
  'admin',
  'administrator',
  'staff',
  'editor',
  'editorial',
  'fail',
  'guest',
  'гость',
  '個人',
  'anonymous',
  'unknown',
  'webmaster',
  'user',
  'author',
]);
const NOT_NAME_WORDS =
  /\b(?:author|name|meta|creator|staff|admin|editor|editorial|team|desk|press|news|media|contributors|projects|reuters|cnn|bbc|insider|sport|sports|associated|business|organization|foundation)\b/i;

/**
 * Why `name` cannot be an author's name, or `undefined` when it may be one.
 *
 * @example
 * junkAuthor('Carrie ArnoldNovember'); // 'glued to a date or an agency'
 * junkAuthor('Carrie Arnold'); // undefined
 */
export function junkAuthor(name: string): string | undefined {
  if (name !== name.trim() || name === '') return 'blank or untrimmed';
  if (/[\d@/\\_]|https?:|www\./i.test(name)) return 'digits, an address or a user name';
  if (/^[^\p{L}]/u.test(name) || /[^\p{L}.)]$/u.test(name)) return 'starts or ends with punctuation';
  if (GLUED.test(name)) return 'glued to a date or an agency';
  if (/^(?:by|analysis|opinion|words|written|posted|por|par|von)\b/i.test(name)) return 'a byline prefix';
  if (NOT_NAMES.has(name.toLowerCase())) return 'a placeholder';
  if (NOT_NAME_WORDS.test(name)) return 'a role, a placeholder or an organisation';
  if (/^\p{Ll}+$/u.test(name) || /^[\p{Lu}\p{N}]{2,}$/u.test(name)) return 'a user name or an acronym';
  if (/\s(?:writer|reporter|correspondent|MA|MS|PhD|RDN|de|van|von|da|di)$/.test(name)) return 'a role or a name cut short';
  if (name.split(/\s+/).length > 6) return 'too many words';
  // A lone word in a script written with spaces is a user name, a brand or a first name alone.
  if (!/\s/.test(name) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u.test(name))
    return 'a single word';
  if (name.split(/\s+/).some((w) => /\p{Ll}\p{Lu}/u.test(w) && !/^(?:Mc|Mac|La|Le|De|Di|Du|Van|O['’]|D['’])\p{Lu}/u.test(w)))
    return 'cased like a brand or a user name';
  return undefined;
}

const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * Whether the authors found are those the reference byline names: at least one, and each one's
 * words all in the reference (which may carry dates, roles or a middle name we leave out).
 *
 * @example
 * bylineMatches(['Bruno Rodrigues'], 'Bruno (Henrique Zecchin) Rodrigues'); // true
 */
export function bylineMatches(found: readonly string[], reference: string): boolean {
  const want = new Set(words(reference));
  return found.length > 0 && found.every((name) => words(name).every((w) => want.has(w)));
}

/**
 * Readability.js cases whose reference byline names no person (a date, a placeholder, a
 * publisher or a wiki's contributors): a correct import finds no author there, or one the
 * reference does not know.
 */
export const REFERENCE_NAMES_NO_PERSON = new Set([
  '003-metadata-preferred',
  '004-metadata-space-separated-properties',
  'metadata-content-missing',
  'archive-of-our-own',
  'heise',
  'seattletimes-1',
  'wikipedia-2',
  'wikipedia-3',
  'wikipedia-4',
  'yahoo-4',
]);
