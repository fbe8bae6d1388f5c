/**
 * @module
 * Finds candidate names in a block: runs of capitalised words (with the particles and connectors
 * names contain), the role written before a person's name, and honorifics, so that "former U.S.
 * President Donald Trump" gives the name "Donald Trump" with the role "former U.S. President".
 */
import { isCommonWord, isDemonym, isFirstName, isFunctionWord, knownName } from './names.ts';
import {
  DESCRIPTIVE_TITLES,
  HONORIFICS,
  NAME_LIKE_TITLES,
  NEVER_ALONE,
  ORG_DESCRIPTORS,
  ORG_HEADS,
  ORG_LEADS,
  PEERAGE,
  PERSON_TITLES,
  POST_NOMINALS,
  ROLE_WORDS,
} from './titles.ts';
import { withoutNickname } from './nicknames.ts';
import { isCap, runs, splitJoiners } from './runs.ts';
import type { Token } from './tokenize.ts';

/** A capitalised phrase that may name a person, place or organisation. */
export interface Candidate {
  /** The name as written, without role or honorific ("Donald Trump", "Lord Falconer"). */
  readonly name: string;
  readonly words: readonly string[];
  readonly start: number;
  readonly end: number;
  /** The role or title written before the name, as written ("Chinese President"). */
  readonly role: string | undefined;
  /** A person's title or honorific came before the name. */
  readonly titled: boolean;
  /** The title or honorific itself, lower-case ("mr", "president"), for gender and resolution. */
  readonly title: string | undefined;
  /** The name's first word opens a sentence, so its capital proves nothing. */
  readonly opener: boolean;
  /** Index of the token after the name, for the caller's context rules. */
  readonly next: number;
  /** Index of the name's first token. */
  readonly first: number;
}

const lower = (t: Token): string => t.text.toLowerCase();
/** Offices a job title ends with ("Chief Strategy Officer"), which end no person's name. */
const OFFICES = new Set(
  'officer director manager secretary administrator chairman chairwoman chairperson spokesman spokeswoman spokesperson correspondent analyst economist strategist coordinator adviser advisor'.split(
    ' ',
  ),
);
const ABBREVIATED_TITLES = /^(?:Mr|Mrs|Ms|Dr|Prof|Rev|Sen|Rep|Gov|Lt|Sgt|Gen|Col|Capt|Det|Supt|Atty)$/;
// "Welshman", "Frenchwoman", "Irishmen": a nationality's noun for its people.
const NATIONALITY_NOUN = /^\p{Lu}\p{Ll}+(?:man|men|woman|women)$/u;
/** Whether a capitalised word names a nationality ("Argentine", "Texan", "Welshman"), not a surname. */
const nationality = (w: string): boolean => isDemonym(w) || (NATIONALITY_NOUN.test(w) && isDemonym(w.replace(/(?:wo)?m[ae]n$/, '')));
const isAcronym = (w: string): boolean => /^(?:\p{Lu}\.?){2,}$/u.test(w);
const isTitle = (w: string): boolean => PERSON_TITLES.has(w) || HONORIFICS.has(w);

const FORMER = /^(?:Former|Ex)$/;

function roleish(t: Token): boolean {
  const w = lower(t);
  if (ROLE_WORDS.has(w) || HONORIFICS.has(w) || (w.includes('-') && w.split('-').every((p) => ROLE_WORDS.has(p)))) return true;
  if (!t.cap) return false;
  const known = knownName(t.text);
  return isDemonym(w) || isAcronym(t.text) || known?.type === 'organization' || known?.type === 'place';
}

/** Where the role words written just before `at` start ("former", "shadow chancellor"). */
function outerRoleStart(tokens: readonly Token[], at: number): number {
  let k = at;
  while (k > 0 && at - k < 6) {
    const prev = tokens[k - 1]!;
    // "Rep. Linnea Baptiste", "Gov. Tom Kelly": an abbreviated title with its dot.
    const abbreviated = prev.text === '.' && k > 1 && tokens[k - 2]!.word && ABBREVIATED_TITLES.test(tokens[k - 2]!.text);
    if (abbreviated) {
      k -= 2;
      continue;
    }
    if (!prev.word || prev.endsName || !roleish(prev)) break;
    k--;
  }
  return k;
}

const hasRealTitle = (role: string): boolean =>
  role.split(/\s+/).some((w) => PERSON_TITLES.has(w.toLowerCase()) && !HONORIFICS.has(w.toLowerCase()) && !PEERAGE.has(w.toLowerCase()));

/**
 * The role written just before the token at `at` ("Russian President" before "Vladimir Putin"),
 * when it holds a person's title.
 */
export function roleBefore(tokens: readonly Token[], at: number, text: string): string | undefined {
  const from = outerRoleStart(tokens, at);
  if (from >= at) return undefined;
  const role = text.slice(tokens[from]!.start, tokens[at - 1]!.end);
  return hasRealTitle(role) ? role : undefined;
}

/**
 * "President of the Senate", "Inspector-General of Police": an office named after its body is no
 * entity; the body after "of" may be one. Returns where the name starts (`to` when nothing is left).
 * Royal and noble titles ("Prince of Wales") and known names are left whole.
 */
function officeOf(tokens: readonly Token[], from: number, to: number, text: string): number {
  if (from >= to) return from;
  const head = lower(tokens[from]!);
  const office = PERSON_TITLES.has(head) || (head.includes('-') && head.split('-').every((p) => ROLE_WORDS.has(p)));
  if (
    !office ||
    NAME_LIKE_TITLES.has(head) ||
    lower(tokens[from + 1] ?? tokens[from]!) !== 'of' ||
    knownName(text.slice(tokens[from]!.start, tokens[to - 1]!.end))
  )
    return from;
  let k = from + 2;
  while (k < to && !isCap(tokens[k])) k++;
  return k;
}

/**
 * "Will Warren continue to lead?", "May Harlow return next year?": a question that opens with the
 * verb "will" or "may" before a name and a verb in lower case; the verb is no given name there.
 */
function questionVerb(tokens: readonly Token[], k: number, to: number): boolean {
  if (!/^(?:Will|May)$/.test(tokens[k]!.text) || !tokens[to]?.word || tokens[to]!.cap) return false;
  for (let j = to; j < tokens.length; j++) {
    const t = tokens[j]!.text;
    if (t === '?') return true;
    if (t === '.' || t === '!') return false;
  }
  return false;
}

/** The candidate names in one block's tokens. */
export function findCandidates(tokens: readonly Token[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [runFrom, whole] of runs(tokens)) {
    // "Hawaii Rep. Ana Ruiz", "former Ohio Gov. Tom Kelly": an abbreviated title with its dot
    // ends the place or body before it and belongs to the name after it.
    const abbreviated = whole - runFrom > 1 && ABBREVIATED_TITLES.test(tokens[whole - 1]!.text) && tokens[whole]?.text === '.';
    const runTo = abbreviated ? whole - 1 : whole;
    // A leading "The" is the article, not the name, unless the name is known with it ("The Hague");
    // no person's name takes it ("The Tolkien books").
    // Mid-sentence a capital "The" belongs to the name ("The Libertines").
    const theFirst =
      tokens[runFrom]!.text === 'The' &&
      tokens[runFrom]!.opener &&
      runTo - runFrom > 1 &&
      (knownName(text.slice(tokens[runFrom]!.start, tokens[runTo - 1]!.end))?.type ?? 'person') === 'person';
    for (const [start, to] of splitJoiners(tokens, theFirst ? runFrom + 1 : runFrom, runTo, text)) {
      let from = officeOf(tokens, start, to, text);
      if (from >= to) continue;
      // A common word that opens a sentence is not part of the name ("But Mr Howard…").
      // An ordinary word ("Happy") is dropped only when what follows is a name by itself
      // ("Meeting Putin" but "Happy Mondays").
      const nameFollows = (k: number): boolean => {
        const t = tokens[k];
        return t !== undefined && (knownName(t.text) !== undefined || isFirstName(t.text) || isTitle(lower(t)));
      };
      const opensWithCommonWord = (k: number): boolean => {
        const t = tokens[k]!;
        // "Former Leeds boss Jan Holt": "former" is a role's word, capitalised or not, and opens no name.
        if (FORMER.test(t.text) && !knownName(text.slice(t.start, tokens[to - 1]!.end))) return true;
        if (t.opener && k === from && to - k >= 2 && questionVerb(tokens, k, to)) return true;
        if (!t.opener || knownName(t.text) || isFirstName(t.text)) return false;
        if (knownName(text.slice(t.start, tokens[to - 1]!.end))) return false;
        if (isFunctionWord(t.text) || (ORG_DESCRIPTORS.has(lower(t)) && isCap(tokens[k + 1]))) return true;
        // "Keeper Tony Bullock": a word the lexicon lacks, before a first name.
        if (!isCommonWord(t.text) && isFirstName(tokens[k + 1]?.text ?? '') && k + 2 < to) return true;
        return isCommonWord(t.text) && !roleish(t) && nameFollows(k + 1);
      };
      const runTextFrom = (k: number): string => text.slice(tokens[k]!.start, tokens[to - 1]!.end);
      while (from < to - 1 && opensWithCommonWord(from)) {
        from++;
        while (from < to && !isCap(tokens[from])) from++;
      }
      // "Argentine David Nalbandian", "Welshman Jimmy Watkins": a nationality before a full name is no part of it.
      if (to - from >= 3 && nationality(tokens[from]!.text) && isFirstName(tokens[from + 1]!.text) && !knownName(runTextFrom(from))) from++;
      if (from >= to) continue;
      // The last title in the run ends the role: "Auditor General Sir John Bourn" → John Bourn.
      // Everything before it must be role words too ("Sacha Baron Cohen" has no title).
      let titleEnd = -1;
      const runText = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
      // "the Economist Intelligence Unit": a body's name may hold a role word.
      // "the Office of the Inspector General": a body's lead word before "of" holds the titles after it.
      const ofBody = ORG_LEADS.has(lower(tokens[from]!)) && tokens.slice(from + 1, to).some((t) => lower(t) === 'of');
      const bodyName = ORG_HEADS.has(lower(tokens[to - 1]!)) || knownName(runText) !== undefined || ofBody;
      let prefixIsRole = true;
      for (let k = from; k < to - 1 && !bodyName; k++) {
        const w = lower(tokens[k]!);
        // "Star Wars", "Model B": a trade capitalised before anything but a given name is part of
        // a name ("Actor Tom Hanks" keeps its title; "DJ" is an abbreviation, not a capital).
        const trade = DESCRIPTIVE_TITLES.has(w) && /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text) && !isFirstName(tokens[k + 1]?.text ?? '');
        const title = (isTitle(w) && !trade) || (k > from && PERSON_TITLES.has(`${lower(tokens[k - 1]!)} ${w}`));
        if (title && (prefixIsRole || !NAME_LIKE_TITLES.has(w))) titleEnd = k;
        prefixIsRole &&= roleish(tokens[k]!);
      }
      // "Lawyer Louise Christian": a leading role word before a full name.
      if (
        titleEnd < 0 &&
        to - from >= 3 &&
        ROLE_WORDS.has(lower(tokens[from]!)) &&
        !knownName(text.slice(tokens[from]!.start, tokens[to - 1]!.end))
      ) {
        let k = from;
        while (k < to - 2 && ROLE_WORDS.has(lower(tokens[k + 1]!))) k++;
        if (!knownName(text.slice(tokens[k + 1]!.start, tokens[to - 1]!.end)) && isFirstName(tokens[k + 1]!.text)) titleEnd = k;
      }
      // Known names inside a role ("U.S." in "U.S. President", "Liberal Democrat" in "Liberal
      // Democrat MP") are mentions of their own.
      for (let k = from; k <= titleEnd; k++) {
        const n = knownAt(tokens, k, titleEnd + 1, text);
        if (n > 0 && !(n === 1 && isTitle(lower(tokens[k]!)))) out.push(span(tokens, k, k + n, text));
        if (n > 0) k += n - 1;
      }
      let nameFrom = titleEnd >= from ? titleEnd + 1 : from;
      // "Liberal Democrat Sarah Teather": a known body or place, then a person's full name.
      const lead = titleEnd < 0 ? knownAt(tokens, from, to - 2, text) : 0;
      // "NASA Administrator Jim Bridenstine": the body, an office of it, then a person's full name.
      let office = from + lead;
      while (lead > 0 && office < to - 2 && office - from - lead < 2 && OFFICES.has(lower(tokens[office]!))) office++;
      if (lead > 0 && isFirstName(tokens[office]!.text) && (office === from + lead || office < to - 1)) {
        out.push(span(tokens, from, from + lead, text));
        nameFrom = office;
      }
      let nameTo = to;
      while (nameTo - nameFrom > 1 && POST_NOMINALS.has(lower(tokens[nameTo - 1]!))) nameTo--;
      // "still in England I would": the pronoun after a place's name is no part of it ("Charles I",
      // a person's, keeps its number; "the Honda I own" is a product's, no body's).
      if (
        nameTo - nameFrom >= 2 &&
        tokens[nameTo - 1]!.text === 'I' &&
        knownName(text.slice(tokens[nameFrom]!.start, tokens[nameTo - 2]!.end))?.type === 'place'
      )
        nameTo--;
      // "Tested by John Ashby RRP: £40", "see Jane Cole PDF": capitals after a full name start
      // something else; a person's name ends in no initials but a post-nominal or a regnal number.
      if (nameTo - nameFrom >= 3 && trailingInitials(tokens, nameFrom, nameTo, text)) nameTo--;
      // "an Oklahoma Republican", "a Virginia Democrat": a known place, then a party's member.
      const party = knownName(tokens[nameTo - 1]!.text);
      if (
        nameTo - nameFrom >= 2 &&
        party?.type === 'organization' &&
        party.name.endsWith(' Party') &&
        knownName(text.slice(tokens[nameFrom]!.start, tokens[nameTo - 2]!.end))?.type === 'place'
      ) {
        out.push(span(tokens, nameFrom, nameTo - 1, text), span(tokens, nameTo - 1, nameTo, text));
        continue;
      }
      const roleFrom = outerRoleStart(tokens, from);
      const outerTitle = tokens.slice(roleFrom, from).map(lower).filter(isTitle).at(-1);
      const title = titleEnd >= from ? lower(tokens[titleEnd]!) : outerTitle;
      const titled = title !== undefined;
      // "Lord Falconer": a peer is known by title and name together.
      if (titleEnd >= from && (PEERAGE.has(title ?? '') || ROYAL.test(title ?? '')) && nameTo - nameFrom === 1) nameFrom = titleEnd;
      const nameTokens = tokens.slice(nameFrom, nameTo);
      const words = nameTokens.map((t) => t.text);
      if (words.length === 1 && NEVER_ALONE.has(words[0]!.toLowerCase())) continue;
      // "(Group B)": a letter left when the common word before it was dropped labels a thing in a
      // list ("Q", a magazine's whole name, stays).
      if (words.length === 1 && /^\p{Lu}$/u.test(words[0]!) && nameFrom > start) continue;
      // Only role words: a role named without a person ("Director General", "Roman Catholic Archbishop").
      const onlyRole = nameTokens.every((t) => ROLE_WORDS.has(lower(t)) || isDemonym(lower(t)) || NEVER_ALONE.has(lower(t)));
      if (onlyRole && !knownName(text.slice(tokens[nameFrom]!.start, tokens[nameTo - 1]!.end))) continue;
      // "Chief Strategy Officer", "Head of Platform Solutions Director": a name that ends in an
      // office is the office's, no person's and no body's.
      if (
        words.length > 1 &&
        OFFICES.has(lower(nameTokens.at(-1)!)) &&
        !knownName(text.slice(tokens[nameFrom]!.start, tokens[nameTo - 1]!.end))
      )
        continue;
      const roleStart = titleEnd >= from || outerTitle !== undefined ? Math.min(roleFrom, from) : -1;
      const roleEnd = titleEnd >= from ? tokens[titleEnd]!.end : (tokens[from - 1]?.end ?? 0);
      const role = roleStart >= 0 ? text.slice(tokens[roleStart]!.start, roleEnd).trim() : undefined;
      out.push({
        name: withoutNickname(text.slice(tokens[nameFrom]!.start, tokens[nameTo - 1]!.end)),
        words,
        start: tokens[nameFrom]!.start,
        end: tokens[nameTo - 1]!.end,
        role: role !== undefined && hasRealTitle(role) ? role : undefined,
        titled,
        title,
        opener: tokens[nameFrom]!.opener,
        next: to,
        first: nameFrom,
      });
    }
  }
  return out;
}

// "Queen Elizabeth", "Prince Andrew": a royal is known by title and given name together.
const ROYAL = /^(?:queen|king|prince|princess)$/;
const INITIALS = /^\p{Lu}{2,5}$/u;
const REGNAL = /^[IVXL]+$/;

/** Whether tokens from…to are a given name, capitalised words, then initials that are no name's. */
function trailingInitials(tokens: readonly Token[], from: number, to: number, text: string): boolean {
  const last = tokens[to - 1]!.text;
  if (!INITIALS.test(last) || REGNAL.test(last) || ORG_HEADS.has(last.toLowerCase())) return false;
  if (!isFirstName(tokens[from]!.text) || !tokens.slice(from, to - 1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) return false;
  return !knownName(text.slice(tokens[from]!.start, tokens[to - 1]!.end));
}

/** How many tokens from k (before `end`) make the longest known name, or 0. */
function knownAt(tokens: readonly Token[], k: number, end: number, text: string): number {
  for (let n = Math.min(4, end - k); n >= 1; n--) {
    if (tokens.slice(k, k + n).every((t) => t.word) && knownName(text.slice(tokens[k]!.start, tokens[k + n - 1]!.end))) return n;
  }
  return 0;
}

function span(tokens: readonly Token[], from: number, to: number, text: string): Candidate {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const words = tokens.slice(from, to).map((t) => t.text);
  return {
    name: text.slice(first.start, last.end),
    words,
    start: first.start,
    end: last.end,
    role: undefined,
    titled: false,
    title: undefined,
    opener: first.opener,
    next: to,
    first: from,
  };
}
