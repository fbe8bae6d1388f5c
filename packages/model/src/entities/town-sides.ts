/**
 * @module
 * A town named for its football or rugby club ("Portsmouth's new boss", "beat Coventry 2-1"):
 * British and European sports copy names a club by its town alone, and only the words around it
 * tell the club from the town. Only towns a listed club is named after count ("Coventry" of
 * "Coventry City"), so a town with no club of note stays a place, and only contexts that speak of
 * a side in play: a score, a result, a signing, a club's staff.
 */
import { BIG_CLUBS, BRITISH_CLUBS, CLUB_NICKNAMES, EUROPEAN_CLUBS, MORE_EUROPEAN_CLUBS, RUGBY_CLUBS } from './gazetteer-teams.ts';
import { isLand, knownName, nameKey, weakName } from './names.ts';
import type { Occurrence } from './resolve.ts';
import type { Candidate } from './spans.ts';
import { CLUB_ROLES } from './titles.ts';
import type { Token } from './tokenize.ts';

const placeOf = (words: readonly string[]): string | undefined => {
  const name = words.join(' ');
  const known = knownName(name) ?? weakName(name);
  return known?.type === 'place' && !isLand(known.name) ? known.name : undefined;
};

// Cities whose clubs copy never names by the city alone ("Manchester United", "Sporting Lisbon"),
// and parts of clubs' names that are no club's home ("North End" of "Preston North End").
const NEVER_SIDES = new Set(
  'London Paris Manchester Moscow Berlin Lisbon Amsterdam Nottingham Sheffield Kyiv Londonderry|St Petersburg|Milton Keynes|North End'
    .split('|')
    .flatMap((part, i) => (i === 0 ? part.split(' ') : [part])),
);

let clubTowns: Set<string> | undefined;

/** The towns the listed clubs are named after: a run of one or two of a club's words that is a town. */
function towns(): Set<string> {
  if (clubTowns) return clubTowns;
  clubTowns = new Set();
  for (const entry of [BIG_CLUBS, EUROPEAN_CLUBS, MORE_EUROPEAN_CLUBS, BRITISH_CLUBS, RUGBY_CLUBS].join(';').split(/[;|]/)) {
    const words = entry.trim().split(/\s+/);
    for (let from = 0; from < words.length; from++) {
      for (let n = 1; n <= 2 && from + n <= words.length && n < words.length; n++) {
        const town = placeOf(words.slice(from, from + n));
        if (town && !NEVER_SIDES.has(town)) clubTowns.add(town);
      }
    }
  }
  return clubTowns;
}

/** The town each nickname's club is named by ("pompey" → Portsmouth), where the club's name is a town's. */
const NICKNAME_TOWNS = new Map(
  CLUB_NICKNAMES.split(';').flatMap((entry) => {
    const [nickname = '', club = ''] = entry.split('|').map((n) => n.trim());
    const town = placeOf([club]);
    return town ? [[nameKey(nickname), town] as const] : [];
  }),
);

const SCORE = /^\d{1,2}-\d{1,2}$/;
// What a club has or does, after its town's possessive: "Portsmouth's new boss", "Leeds' 2-1 win":
// its people (the roles that make a town a club before them) and its results.
const SIDE_WORDS = new Set([
  ...CLUB_ROLES,
  ...'strikers clash win victory defeat draw equaliser winner goal goals fixture fixtures rivals'.split(' '),
]);
// Words between the possessive and the side word: "Portsmouth's new boss", "Leeds' shock defeat".
const MODIFIERS = new Set(
  'new former local caretaker interim assistant first-team reserve home away last first late shock surprise record current opening'.split(
    ' ',
  ),
);
// Verbs and phrases before the side that was played, beaten or joined; "to", "with", "by" and
// "over" count only after a result ("lost to", "a win over").
const SIDE_BEFORE =
  /^(?:beat|beating|beats|against|v|vs|versus|defeated|joined|joins|join|joining|managed|manages|managing|coached|coaches|coaching|captained|captains)$/i;
const RESULT_BEFORE: Record<string, RegExp> = {
  to: /^(?:lost|lose|losing|loses|defeat|defeats|slumped|crashed|fell)$/,
  with: /^(?:drew|draw|draws|drawing|clash|clashes|tie)$/,
  by: /^(?:beaten|defeated|defeat|held|thrashed|humbled)$/,
  over: /^(?:win|wins|victory|victories|triumph)$/,
  for: /^(?:signed|signs|sign|signing|played|plays|playing|scored|scores|scoring)$/,
  from: /^(?:signed|signs|sign|signing|joined|joins|bought)$/,
  at: /^(?:spell|spells|stint|stints|career)$/,
};
// What may follow a side: the sentence or clause going on, a score, a time; not a lower-case
// noun that makes the town a place's ("against Leeds council").
const GOES_ON =
  /^(?:[,.;:!?)'"’”–—-]|\d{1,2}-\d{1,2}|on|in|at|and|or|but|with|for|last|this|next|when|before|after|to|from|since|as|because|while|until|he|she|they)$/;

/** Whether tokens[k] is a score ("2-1"). */
const score = (tokens: readonly Token[], k: number): boolean => SCORE.test(tokens[k]?.text ?? '');

/**
 * Whether a town is named here as its club: after a result, a signing or a manager's or a
 * player's time there ("beat Coventry", "lost 2-1 to Coventry", "signed for Coventry", "managed
 * Coventry", "a spell at Coventry"), before a score ("Coventry 2-1"), or owning a side's
 * staff or result ("Coventry's new manager", "Coventry's 2-1 win"). Only towns a listed club is
 * named after.
 *
 * @example
 * // "Kelby beat Portsmouth 2-0 on Saturday." → true for "Portsmouth"
 * // "Shops in Portsmouth were shut." → false
 */
export function townAsSide(c: Candidate, tokens: readonly Token[], town: string): boolean {
  if (c.words.length > 2 || !towns().has(town)) return false;
  const last = tokens[c.next - 1]!;
  const next = tokens[c.next];
  if (last.possessive) {
    let k = c.next;
    if (MODIFIERS.has(tokens[k]?.text ?? '') || score(tokens, k)) k++;
    return tokens[k]?.word === true && !tokens[k]!.cap && SIDE_WORDS.has(tokens[k]!.text);
  }
  // "Coventry 2-1", "Coventry v Leeds": a score or an opponent after the side.
  if (score(tokens, c.next) || /^(?:v|vs|versus)$/.test(next?.text ?? '')) return true;
  // "Coventry beat Leeds", "Coventry won 2-0", "Coventry lost to Leeds": the side's result.
  const then = tokens[c.next + 1];
  if (/^(?:beat|beats)$/.test(next?.text ?? '') && (then?.cap || score(tokens, c.next + 1))) return true;
  if (/^(?:won|lost|drew|lose|win|draw)$/.test(next?.text ?? '') && (score(tokens, c.next + 1) || /^(?:to|with)$/.test(then?.text ?? '')))
    return true;
  const goesOn = next === undefined || GOES_ON.test(next.text);
  if (!goesOn) return false;
  const before = tokens[c.first - 1];
  if (!before?.word) return false;
  if (SIDE_BEFORE.test(before.text)) return true;
  const result = RESULT_BEFORE[before.text];
  if (!result) return false;
  // "lost 2-1 to Coventry": a score may stand between the result and its preposition.
  const k = score(tokens, c.first - 2) ? c.first - 3 : c.first - 2;
  return result.test(tokens[k]?.text.toLowerCase() ?? '');
}

/**
 * The occurrences with a town taken for its club where the story names the club by a nickname
 * filed under the town ("Pompey" … "Portsmouth"), unless a preposition makes it the place.
 *
 * @example
 * // [Pompey (organization, filed as Portsmouth), Portsmouth (place)] → Portsmouth becomes an organization
 */
export function townsOfNicknames(occurrences: readonly Occurrence[]): readonly Occurrence[] {
  const clubTowns = new Set<string>();
  for (const o of occurrences) {
    const town = o.type === 'organization' ? NICKNAME_TOWNS.get(nameKey(o.name)) : undefined;
    if (town) clubTowns.add(town);
  }
  if (clubTowns.size === 0) return occurrences;
  return occurrences.map((o) => (o.type === 'place' && o.hint !== 'place' && clubTowns.has(o.name) ? { ...o, type: 'organization' } : o));
}
