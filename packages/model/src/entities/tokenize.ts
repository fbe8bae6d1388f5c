/**
 * @module
 * Splits a block's text into word and punctuation tokens with their offsets, marks the words that
 * open a sentence (or a quotation), and strips possessives so "Putin’s" is the name Putin.
 */
import { isCommonWord, isDictionaryWord, knownName } from './names.ts';
import { nicknames } from './nicknames.ts';

/** A word or a punctuation mark in a block's text. */
export interface Token {
  /** The token as written, possessive ending removed ("Putin’s" → "Putin"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
  /** Starts with a capital letter or a digit-free acronym. */
  readonly cap: boolean;
  /** First word of a sentence or of a quotation, where any word is capitalised. */
  readonly opener: boolean;
  /** Had a possessive ending ("’s") or a lower-case hyphenated tail ("-era"): the name ends here. */
  readonly endsName: boolean;
  /** Had a possessive ending: "St David’s Shopping Centre" may still go on. */
  readonly possessive: boolean;
}

// Acronyms with dots, a middle initial ("Robert M. Danin": one capital and a dot before a
// capitalised word or another initial, as in "W. M. Keck"), then words (inner apostrophes, hyphens, ampersands and dots allowed), then
// any other single character.
const TOKEN =
  /((?:\p{Lu}\.){2,}|\p{Lu}\.(?= \p{Lu}(?:\p{Ll}|\. \p{Lu}))(?<=(?:^|[\s(])\p{Lu}\.)|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’&.-](?=[\p{L}\p{N}]))*)|[^\s\p{L}\p{N}]/gu;
const POSSESSIVE = /['’]s$/;
const OWNS_NOTHING = /^(?:[,;)]|\.(?:\s|$)|\s(?:and|or)\s)/;
// Capitalised, or camel-cased brand names such as eBay and iRiver.
const CAPITAL = /^(?:\p{Lu}|\p{Ll}\p{Lu})/u;
// Name particles written in lower case inside a hyphenated name ("el-Sisi", "al-Assad").
const PARTICLE_PREFIX = /^(?:el|al|ad|as|ash|an|ar|at|az|bin|ibn|abu|abd|o|d|de|di|du|la|le|van|von|mc|mac)$/i;
// A romanised East Asian given name ("Lee Jae-myung", "Han Dong-hoon"): a short capitalised
// syllable and a lower-case one that is no English word, after a capitalised family name.
const GIVEN_NAME_HEAD = /^\p{Lu}\p{Ll}{1,3}$/u;
const GIVEN_NAME_TAIL = /^\p{Ll}{2,5}$/u;
// The common Korean family names, after which a given name's first syllable may run to five
// letters ("Kim Seung-min") and a family name and a given name make a person ("Han Duck-soo").
const KOREAN_FAMILY_NAMES = new Set(
  'Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Nam Ri Roh Ban Chung Yeo'.split(
    ' ',
  ),
);
const KOREAN_GIVEN_HEAD = /^\p{Lu}\p{Ll}{1,4}$/u;
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;

/**
 * Whether a name is a Korean family name and a hyphenated given name ("Han Duck-soo"): a person's.
 *
 * @example
 * koreanName(['Ri', 'Yong-ho']); // true
 */
export function koreanName(words: readonly string[]): boolean {
  return words.length === 2 && KOREAN_FAMILY_NAMES.has(words[0]!) && KOREAN_GIVEN_NAME.test(words[1]!);
}

// The tail may be an English word ("Moon Jae-in") when the head is none: "Sit-in", "Run-up" and
// "Kick-off" have an English head.
const givenName = (parts: readonly string[], previous: Token | undefined): boolean =>
  parts.length === 2 &&
  previous?.word === true &&
  previous.cap &&
  (KOREAN_FAMILY_NAMES.has(previous.text) ? KOREAN_GIVEN_HEAD : GIVEN_NAME_HEAD).test(parts[0]!) &&
  GIVEN_NAME_TAIL.test(parts[1]!) &&
  parts[1] !== 'era' &&
  (!isCommonWord(parts[1]!) || (!isCommonWord(parts[0]!) && !isDictionaryWord(parts[0]!)));
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '•', '–', '—']);
const OPENING_QUOTES = new Set(['“', '"', '‘', '(', '[']);
// Abbreviations whose dot does not end the sentence.
const NO_END =
  /^(?:mr|mrs|ms|dr|st|prof|rev|gen|sen|rep|gov|lt|col|capt|sgt|no|vs|jr|sr|inc|co|corp|ltd|mt|jan|feb|aug|sept|oct|nov|dec)$/i;

// "Lowe’s (LOW) fell", "McDonald’s profits": a body whose name has the "’s" keeps it, unless the
// word ends a longer name ("Trevor McDonald’s show").
// "St Mary’s", "at Lord’s": a place named with its "’s" (a ground, after a saint or a founder)
// keeps it too, but not after "the" ("the Lord’s Prayer").
const namedWithS = (word: string, previous: Token | undefined): boolean =>
  (knownName(word)?.type === 'organization' && !(previous?.word && previous.cap)) ||
  (previous?.word === true && previous.cap && knownName(`${previous.text} ${word}`)?.type === 'place') ||
  (knownName(word)?.type === 'place' && !/^the$/i.test(previous?.text ?? ''));

/**
 * The tokens of `text`. Hyphenated words with a lower-case part are cut before it ("Trump-era"
 * gives the name "Trump"), except a given name such as "Jae-myung", and compounds of known places are split by the caller.
 *
 * @example
 * tokenize('Putin’s guest').map((t) => t.text); // ['Putin', 'guest']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let opener = true;
  let previousWord = '';
  let newline = text.indexOf('\n');
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    // A line break (between list items, or a <br>) ends a name and opens a new line as a
    // sentence does: "Kent, Washington⏎Ceres Robotics" is no name "Washington Ceres Robotics".
    if (newline !== -1 && newline < start) {
      tokens.push({
        text: '\n',
        start: newline,
        end: newline + 1,
        word: false,
        cap: false,
        opener: false,
        endsName: false,
        possessive: false,
      });
      opener = true;
      newline = text.indexOf('\n', start);
    }
    if (match[1] === undefined) {
      const ends = SENTENCE_END.has(raw) && !(raw === '.' && NO_END.test(previousWord));
      if (ends || OPENING_QUOTES.has(raw)) opener = true;
      tokens.push({
        text: raw,
        start,
        end: start + raw.length,
        word: false,
        cap: false,
        opener: false,
        endsName: false,
        possessive: false,
      });
      continue;
    }
    let word = raw;
    let endsName = false;
    let possessive = false;
    // "Macy’s, Kellogg’s and Lowe’s": an "’s" that owns nothing (a comma, a stop or "and" follows)
    // is part of a name, as shops and brands are named.
    if (
      word.length > 2 &&
      (word.includes("'") || word.includes('’')) &&
      POSSESSIVE.test(word) &&
      !OWNS_NOTHING.test(text.slice(start + raw.length, start + raw.length + 5)) &&
      !namedWithS(raw, tokens.at(-1))
    ) {
      word = word.slice(0, -2);
      endsName = true;
      possessive = true;
    }
    // "ex-Leeds striker", "Ex-Chelsea boss": the prefix is no part of the name after it.
    const ex = /^[Ee]x-(?=\p{Lu}\p{Ll})/u.test(word) ? 3 : 0;
    if (ex) word = word.slice(ex);
    // "Trump-era", "Kremlin-backed": keep the capitalised part as the word, drop the rest.
    const parts = word.includes('-') ? word.split('-') : [word];
    if (parts.length > 1 && CAPITAL.test(word)) {
      const cut = parts.findIndex((p, i) => i > 0 && !CAPITAL.test(p) && !/^\p{N}/u.test(p) && !PARTICLE_PREFIX.test(parts[i - 1] ?? ''));
      if (cut > 0 && !givenName(parts, tokens.at(-1))) {
        word = parts.slice(0, cut).join('-');
        endsName = true;
      }
    }
    const cap = CAPITAL.test(word) || (PARTICLE_PREFIX.test(parts[0] ?? '') && parts.length > 1 && CAPITAL.test(parts[1] ?? ''));
    tokens.push({ text: word, start: start + ex, end: start + ex + word.length, word: true, cap, opener, endsName, possessive });
    opener = false;
    previousWord = word;
  }
  return withoutNicknames(tokens, text);
}

/**
 * The tokens without a nickname quoted inside a person's name ("Thomas “Tommy” Reed"), so the
 * name runs on as one ("Thomas Reed"); the word after the nickname opens nothing.
 */
function withoutNicknames(tokens: Token[], text: string): Token[] {
  const found = nicknames(text);
  if (found.length === 0) return tokens;
  const out: Token[] = [];
  let n = 0;
  let dropped = false;
  for (const t of tokens) {
    while (n < found.length && found[n]![1] <= t.start) n++;
    const gap = found[n];
    if (gap && t.start >= gap[0] && t.start < gap[1]) {
      dropped = true;
      continue;
    }
    out.push(dropped ? { ...t, opener: false } : t);
    dropped = false;
  }
  return out;
}
