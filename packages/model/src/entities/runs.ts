/**
 * @module
 * Runs of capitalised words that may be one name, with the particles ("da Silva"), joiners
 * ("Bank of England") and possessives ("Musicians’ Union") names contain, split again where a
 * joiner only links two names ("Xi and Putin").
 */
import { isFirstName, knownName } from './names.ts';
import { CALENDAR, ORG_HEADS, ORG_LEADS, PLACE_HEADS, ROLE_WORDS } from './titles.ts';
import type { Token } from './tokenize.ts';

const PARTICLES = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'y',
  'bin',
  'ibn',
  'al',
  'el',
]);
const JOINERS = new Set(['of', 'for', 'and', '&']);

/** Whether a token is a capitalised word. */
export const isCap = (t: Token | undefined): boolean => t?.word === true && t.cap;
const isNumber = (t: Token | undefined): boolean => t !== undefined && /^\d{1,3}$/.test(t.text);
const lower = (t: Token): string => t.text.toLowerCase();

/**
 * Whether a name that reached a possessive goes on: only a plural possessive ("Musicians’ Union",
 * "Women’s Institute") or a saint's name ("St David’s Shopping Centre") before the head word of a
 * body or a place.
 */
function possessiveGoesOn(tokens: readonly Token[], runStart: number, j: number): number {
  const known = knownWithPossessive(tokens, runStart, j);
  if (known > 0) return known;
  let k = j + 1;
  if (tokens[j]!.possessive) {
    // "Great Ormond Street Children’s Hospital", "People’s Party": plurals that take "’s".
    const plural = /^(?:Children|Women|Men|People)$/.test(tokens[j]!.text);
    if (!plural && (!/^(?:St|Saint)$/.test(tokens[j - 1]?.text ?? '') || j - 1 < runStart)) return 0;
  } else {
    if (!/s$/.test(tokens[j]!.text) || !/^['’]$/.test(tokens[k]?.text ?? '')) return 0;
    k++;
  }
  for (let n = 0; n < 3 && isCap(tokens[k + n]); n++) {
    const w = lower(tokens[k + n]!);
    if (ORG_HEADS.has(w) || PLACE_HEADS.has(w)) return k + n;
  }
  return 0;
}

/**
 * Where a name the lists know with a possessive inside it ends ("St James’ Park", "Franklin’s
 * Gardens": grounds named after a saint or a founder), or 0.
 */
function knownWithPossessive(tokens: readonly Token[], runStart: number, j: number): number {
  const plural = !tokens[j]!.possessive && /s$/.test(tokens[j]!.text) && /^['’]$/.test(tokens[j + 1]?.text ?? '');
  if (!tokens[j]!.possessive && !plural) return 0;
  const k = plural ? j + 2 : j + 1;
  let name = `${tokens
    .slice(runStart, j + 1)
    .map((t) => t.text)
    .join(' ')}${plural ? "'" : "'s"}`;
  for (let n = 0; n < 2 && isCap(tokens[k + n]); n++) {
    name += ` ${tokens[k + n]!.text}`;
    if (knownName(name)) return k + n;
  }
  return 0;
}

const SHORT_LEADS = /^(?:St|Ste|Mt|Ft)$/;

// Names that go on with a number ("Radio 1", "Formula 1", "News 24").
const NUMBERED = /^(?:Radio|Channel|Key|Formula|News)$/;
/** "1. Finland 2. Norway": a number with a stop before a capital numbers a list. */
const listNumber = (tokens: readonly Token[], k: number): boolean => tokens[k + 1]?.text === '.' && isCap(tokens[k + 2]);

/**
 * Whether the last words of the run from `i` to `j`, an apostrophe against the last of them and
 * the capitalised word after it are a known name ("Guns N' Roses").
 */
function elided(tokens: readonly Token[], i: number, j: number): boolean {
  const mark = tokens[j + 1]!;
  if (!/^['’]$/.test(mark.text) || mark.start !== tokens[j]!.end || !isCap(tokens[j + 2])) return false;
  for (let k = Math.max(i, j - 2); k <= j; k++) {
    const words = tokens.slice(k, j + 1).map((t) => t.text);
    if (knownName(`${words.join(' ')}' ${tokens[j + 2]!.text}`)) return true;
  }
  return false;
}

/** Runs of capitalised tokens, with particles and joiners kept only between capitalised words. */
export function runs(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    // A weekday or month starts no name: "on Wednesday Prime Minister Yulia Tymoshenko said"
    // (but "Sheffield Wednesday" goes on).
    // "50 Cent": a known name may open with a number.
    const numbered = isNumber(tokens[i]) && isCap(tokens[i + 1]) && knownName(`${tokens[i]!.text} ${tokens[i + 1]!.text}`) !== undefined;
    if ((!isCap(tokens[i]) && !numbered) || CALENDAR.has(lower(tokens[i]!))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      const goesOn = possessiveGoesOn(tokens, i, j);
      if (goesOn > 0) j = goesOn;
      else if (tokens[j]!.endsName) break;
      else if (isCap(next)) j++;
      // "Blazin' Squad", "Guns N' Roses": a known name with a word cut short by an apostrophe.
      else if (elided(tokens, i, j)) j += 2;
      // "St. Louis", "Mt. Hood", "Ft. Worth": a saint's or a landform's abbreviation opening a
      // name goes on past its stop ("Main St. Police" ends at the street).
      else if (j === i && next.text === '.' && SHORT_LEADS.test(tokens[j]!.text) && isCap(tokens[j + 2])) j += 2;
      else if (
        isNumber(next) &&
        isCap(tokens[j]) &&
        (j - i < 2 || NUMBERED.test(tokens[j]!.text)) &&
        (NUMBERED.test(tokens[j]!.text) || !listNumber(tokens, j + 1))
      )
        j++;
      else if ((PARTICLES.has(lower(next)) || JOINERS.has(lower(next))) && isCap(tokens[j + 2])) j += 2;
      // "Anna de la Cruz", "Tom van der Berg": two particles before a surname.
      else if (PARTICLES.has(lower(next)) && PARTICLES.has(lower(tokens[j + 2] ?? next)) && isCap(tokens[j + 3])) j += 3;
      else if (JOINERS.has(lower(next)) && lower(tokens[j + 2] ?? next) === 'the' && isCap(tokens[j + 3])) j += 3;
      else break;
    }
    out.push([i, j + 1]);
    i = j + 1;
  }
  return out;
}

function keepsJoiner(first: string, last: string, beforeJoiner: string, all: string): boolean {
  if (knownName(all)) return true;
  return (
    ORG_LEADS.has(first) ||
    ORG_HEADS.has(last) ||
    PLACE_HEADS.has(first) ||
    PLACE_HEADS.has(last) ||
    first === 'republic' ||
    ORG_LEADS.has(beforeJoiner) ||
    ORG_HEADS.has(beforeJoiner)
  );
}

/** Head words of public bodies named after two fields ("Food and Drug Administration"). */
const FIELD_BODY_HEADS = new Set([
  'administration',
  'agency',
  'commission',
  'authority',
  'department',
  'ministry',
  'office',
  'council',
  'committee',
  'institute',
  'federation',
  'board',
  'service',
  'services',
]);

/**
 * Whether "X and Y Head" names one body of two fields ("Food and Drug Administration", "Culture
 * and Sport Committee"): a public body's head word last, no first name or known name before "and".
 */
function bodyOfTwoFields(tokens: readonly Token[], from: number, to: number, joinAt: number): boolean {
  if (!FIELD_BODY_HEADS.has(lower(tokens[to - 1]!)) || to - from - joinAt < 3) return false;
  const left = tokens.slice(from, from + joinAt);
  return !isFirstName(left[0]!.text) && !knownName(left.map((t) => t.text).join(' ')) && !knownName(left.at(-1)!.text);
}

/** Splits a run at "and", "of" or "for" unless the whole phrase is one organisation or place. */
export function splitJoiners(tokens: readonly Token[], from: number, to: number, text: string): Array<[number, number]> {
  // Worked from a stack of parts still to split, and each "and" found once for the whole run: a
  // run of thousands of names joined by "and" overflowed the stack, and each part read the rest
  // of the run again.
  let joiner = from;
  while (joiner < to && !JOINERS.has(lower(tokens[joiner]!)) && tokens[joiner]!.text !== 'the') joiner++;
  if (joiner === to) return [[from, to]];
  const isAnd = (k: number): boolean => lower(tokens[k]!) === 'and' || tokens[k]!.text === '&';
  const nextAnd = new Int32Array(to - from + 1).fill(to);
  const nextAndThe = new Int32Array(to - from + 1).fill(to);
  for (let k = to - 1; k >= from; k--) {
    const and = isAnd(k);
    nextAnd[k - from] = and ? k : nextAnd[k - from + 1]!;
    nextAndThe[k - from] = and && k + 1 < to && tokens[k + 1]!.text === 'the' ? k : nextAndThe[k - from + 1]!;
  }
  const out: Array<[number, number]> = [];
  // A part to split, or (done) one to keep as it is, taken last in first out.
  const stack: Array<{ from: number; to: number; done?: true }> = [{ from, to }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (item.done) out.push([item.from, item.to]);
    else splitOnce(tokens, item.from, item.to, text, nextAnd, nextAndThe, from, stack);
  }
  return out;
}

// How many words after its first "and" a known name with "and" in it may run to ("Belle and Sebastian").
const MAX_AND_NAME = 6;

/** One step of `splitJoiners` on tokens [from, to): its parts pushed on `stack`, the first last. */
function splitOnce(
  tokens: readonly Token[],
  from: number,
  to: number,
  text: string,
  nextAnd: Int32Array,
  nextAndThe: Int32Array,
  runFrom: number,
  stack: Array<{ from: number; to: number; done?: true }>,
): void {
  const length = to - from;
  const at = (i: number): Token => tokens[from + i]!;
  let joinAt = -1;
  for (let i = 0; i < length; i++) {
    const t = at(i);
    if (JOINERS.has(lower(t)) || t.text === 'the') {
      joinAt = i;
      break;
    }
  }
  if (joinAt < 0) {
    stack.push({ from, to, done: true });
    return;
  }
  const all = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  // "the Federal Reserve Bank of New York and the Office of the Inspector General": "and the"
  // between two capitalised phrases joins two names, unless the whole is known ("Echo and the Bunnymen").
  const andTheAt = nextAndThe[from + 1 - runFrom]!;
  const andThe = andTheAt + 1 < to ? andTheAt - from : -1;
  const andBefore = andThe > 0 && nextAnd[from - runFrom]! < from + andThe;
  if (andThe > 0 && !andBefore && !knownName(all)) {
    let right = from + andThe + 2;
    while (right < to && !isCap(tokens[right])) right++;
    if (right < to) stack.push({ from: right, to });
    stack.push({ from, to: from + andThe });
    return;
  }
  // "the Department of Homeland Security and Alex Azar": "and" before a person's full name joins two names.
  const p = length - 3;
  const andPerson = p > 0 && lower(at(p)) === 'and' && isFirstName(at(p + 1).text) && isCap(at(p + 2)) ? p : -1;
  if (andPerson > 0 && !knownName(all)) {
    stack.push({ from: from + andPerson + 1, to, done: true });
    stack.push({ from, to: from + andPerson });
    return;
  }
  // "Belle and Sebastian and Travis", "Marks and Spencer and Tesco": a known name with "and" in
  // it ends at a later "and" (looked for within a known name's few words, so a run of thousands
  // of "and"s is not read again for each).
  const andFirst = lower(at(joinAt)) === 'and' || at(joinAt).text === '&';
  for (let k = Math.min(length - 2, joinAt + MAX_AND_NAME); andFirst && k > joinAt + 1; k--) {
    if ((lower(at(k)) !== 'and' && at(k).text !== '&') || !knownName(text.slice(tokens[from]!.start, tokens[from + k - 1]!.end))) continue;
    let right = from + k + 1;
    while (right < to && !isCap(tokens[right])) right++;
    if (right < to) stack.push({ from: right, to });
    stack.push({ from, to: from + k, done: true });
    return;
  }
  // "World War II for the Soviet Union": a known name after "for" or "and" stands alone, unless
  // the whole is known too ("Transport for London", "Serbia and Montenegro").
  let rightFrom = from + joinAt + 1;
  while (rightFrom < to && !isCap(tokens[rightFrom])) rightFrom++;
  const rightKnown = rightFrom < to && knownName(text.slice(tokens[rightFrom]!.start, tokens[to - 1]!.end)) !== undefined;
  const joiner = lower(at(joinAt));
  // "Marks and Spencer" is one name; "Emily Eavis and BBC Radio" is two.
  const longAnd =
    (joiner === 'and' || joiner === '&') &&
    (joinAt > 1 || length - joinAt > 2) &&
    !knownName(all) &&
    !bodyOfTwoFields(tokens, from, to, joinAt);
  // "Stuart Hensel of the Economist Intelligence Unit": a person, then the body.
  // "Analyst Tom Brown of Big Bank": a role word may come first.
  const lead = length > 3 && ROLE_WORDS.has(lower(at(0))) && isFirstName(at(1).text) ? 1 : 0;
  const personOf =
    joiner === 'of' && joinAt - lead >= 2 && joinAt - lead <= 3 && isFirstName(at(lead).text) && !ORG_LEADS.has(lower(at(joinAt - 1)));
  // "Orin Middleton of Barclays Capital": two plain words, then a body.
  const rightName = text.slice(tokens[rightFrom]?.start ?? 0, tokens[to - 1]!.end);
  const rightBody = rightFrom < to && (knownName(rightName)?.type === 'organization' || ORG_HEADS.has(lower(tokens[to - 1]!)));
  const plainPair =
    joinAt === 2 &&
    [at(0), at(1)].every(
      (t) =>
        /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
        !ORG_HEADS.has(lower(t)) &&
        !ORG_LEADS.has(lower(t)) &&
        !PLACE_HEADS.has(lower(t)) &&
        !knownName(t.text),
    );
  const separate = (rightKnown && joiner !== 'of' && !knownName(all)) || longAnd || personOf || (joiner === 'of' && plainPair && rightBody);
  if (!separate && keepsJoiner(lower(at(0)), lower(at(length - 1)), joinAt > 0 ? lower(at(joinAt - 1)) : '', all)) {
    stack.push({ from, to, done: true });
    return;
  }
  const end = from + joinAt;
  let next = end + 1;
  while (next < to && !isCap(tokens[next])) next++;
  stack.push({ from: next, to });
  stack.push({ from, to: end, done: true });
}
