/**
 * @module
 * Article-wide resolution: merges the variants of a name into one entity ("Chinese President Xi
 * Jinping" … "Xi"; "Mr Blair" → Tony Blair), files undecided names under the person, place or
 * organisation they refer to, and leaves the rest to a fallback guess.
 */
import { slugify } from '../slugify.ts';
import type { EntityType } from './entity.ts';
import { isDictionaryWord, knownName, nameKey, weakName } from './names.ts';
import { isBareInitial } from './team-sheets.ts';
import { NEVER_ALONE } from './titles.ts';

/** One name found in the text, with what the name-level rules made of it. */
export interface Occurrence {
  readonly block: number;
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly words: readonly string[];
  readonly type: EntityType | undefined;
  readonly role: string | undefined;
  /** From a headline or heading, where every word is capitalised: may only join a known entity. */
  readonly matchOnly: boolean;
  /** What the context suggests when nothing decided. */
  readonly hint: EntityType | undefined;
  /** A person's title or honorific came before it. */
  readonly titled: boolean;
  /** Opens a sentence or sits in a headline, where a capital proves nothing. */
  readonly opener: boolean;
  /** A player in a team sheet ("A Reid, B Shaw, …"), where "A" is an initial, not the article. */
  readonly lineUp?: boolean;
}

/** An entity of one article with every place it is named. */
export interface ResolvedEntity {
  readonly type: EntityType;
  name: string;
  readonly aliases: Set<string>;
  readonly occurrences: Occurrence[];
}

const before = (a: Occurrence, b: Occurrence): boolean => a.block < b.block || (a.block === b.block && a.start < b.start);
const WORDS_CACHE = new Map<string, string[]>();
const lowerWords = (name: string): string[] => {
  let words = WORDS_CACHE.get(name);
  if (!words) {
    if (WORDS_CACHE.size > 50_000) WORDS_CACHE.clear();
    WORDS_CACHE.set(name, (words = name.toLowerCase().split(' ')));
  }
  return words;
};
const PEER = /^(?:Lord|Lady|Baroness)$/;
const SHOUTED = /^\p{Lu}{2,}$/u;
/** "Google" in "Google Stadia", "Michigan" in "Eastern Michigan": a word no person's name is made of. */
const namesNoPerson = (word: string): boolean => {
  const known = knownName(word);
  return (known !== undefined && known.type !== 'person') || NEVER_ALONE.has(word.toLowerCase());
};

/**
 * "LC Convertible Concept" beside "the Concept", "Fallen Order" beside "Order 66", "Star Wars
 * Jedi" beside "the Jedi": a common word standing alone is no surname, a common word opens no
 * given name, and a model number or an acronym is no part of a person's name.
 */
const surnameShaped = (o: Occurrence): boolean =>
  !isDictionaryWord(o.words.at(-1)!) &&
  !isDictionaryWord(o.words[0]!) &&
  !o.words.some((w) => /\d/.test(w)) &&
  !/^\p{Lu}{2,}$/u.test(o.words[0]!);

/** "C Doyle", "J-P Roux": the initials a name opens with, lower case, else undefined. */
const initialsOf = (o: Occurrence): string[] | undefined =>
  o.words.length > 1 && isBareInitial(o.words[0]!) ? o.words[0]!.toLowerCase().split('-') : undefined;

/** Whether a name's given names start with `initials` and it holds every word of `rest` ("C Doyle" → Carl Doyle). */
function initialled(initials: readonly string[], rest: readonly string[], name: readonly string[]): boolean {
  const given = name[0]!.split('-');
  return (
    name.length > rest.length &&
    given.length === initials.length &&
    given.every((g, i) => g.length > 1 && g.startsWith(initials[i]!)) &&
    rest.every((w) => name.slice(1).includes(w))
  );
}

/** The words of a person's name that can stand for the whole name ("Putin", "Xi", "Lula"). */
export function nameParts(name: string): string[] {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && w.length > 1 && !/^(?:Lord|Lady|Baroness|Baron|Jr|Sr|II|III)$/.test(w));
}

/**
 * Entities from `occurrences` (in reading order). `guess` is asked about names no rule or other
 * mention decided; returning undefined drops them.
 */
export function resolve(all: readonly Occurrence[], guess: (o: Occurrence) => EntityType | undefined): ResolvedEntity[] {
  let occurrences = all;
  const byKey = new Map<string, ResolvedEntity>();
  const people: ResolvedEntity[] = [];
  const add = (entity: ResolvedEntity, o: Occurrence): void => {
    entity.occurrences.push(o);
    if (o.name !== entity.name) entity.aliases.add(o.name);
  };
  const create = (type: EntityType, name: string): ResolvedEntity => {
    const entity: ResolvedEntity = { type, name, aliases: new Set(), occurrences: [] };
    byKey.set(`${type}:${nameKey(name)}`, entity);
    if (type === 'person') people.push(entity);
    return entity;
  };
  /** The person whose name holds every word of `o` ("Xi" → Xi Jinping); the latest named if several. */
  const personFor = (o: Occurrence): ResolvedEntity | undefined => {
    const wanted = o.words.map((w) => w.toLowerCase());
    const initials = initialsOf(o);
    const matches = people.filter((p) =>
      initials ? initialled(initials, wanted.slice(1), lowerWords(p.name)) : wanted.every((w) => lowerWords(p.name).includes(w)),
    );
    if (matches.length <= 1) return matches[0];
    let best = matches[0];
    let bestAt: Occurrence | undefined;
    for (const p of matches) {
      for (const seen of p.occurrences) if (before(seen, o) && (!bestAt || before(bestAt, seen))) [best, bestAt] = [p, seen];
    }
    return best;
  };
  const entityFor = (type: EntityType, name: string): ResolvedEntity => byKey.get(`${type}:${nameKey(name)}`) ?? create(type, name);

  // A name the context makes a body somewhere ("drugs group Eli Lilly") is not a person elsewhere
  // on the strength of a first name alone.
  // Likewise a city the context makes a club ("Leicester wing …") is the club throughout.
  const bodies = new Set(occurrences.filter((o) => o.type === 'organization' || o.type === 'place').map((o) => nameKey(o.name)));
  const clubs = new Set(
    occurrences.filter((o) => o.type === 'organization' && knownName(o.name)?.type === 'place').map((o) => nameKey(o.name)),
  );
  occurrences = occurrences.map((o) => {
    if (o.type === 'person' && !o.titled && bodies.has(nameKey(o.name))) return { ...o, type: knownName(o.name)?.type ?? 'organization' };
    if (o.type === 'place' && clubs.has(nameKey(o.name))) return { ...o, type: 'organization' };
    return o;
  });
  // 1. Full names of people, longest first, so that shorter forms of the same name join them.
  const isFullName = (o: Occurrence): boolean => !o.matchOnly && o.type === 'person' && o.words.length > 1 && !PEER.test(o.words[0]!);
  const decided = new Set<Occurrence>();
  // A name written with an initial ("C Doyle") comes after the full names it may stand for.
  const rank = (o: Occurrence): number => o.words.length - (initialsOf(o) ? 0.5 : 0);
  for (const o of occurrences.filter(isFullName).sort((a, b) => rank(b) - rank(a))) {
    // "Ant & Dec" after "Ant and Dec": a name written two ways that key the same is one person.
    add(personFor(o) ?? entityFor('person', o.name), o);
    decided.add(o);
  }
  // 2. Titled single names ("Mr Glazer", "Lord Falconer"), and known names that are a person's
  // surname here ("Ms Essex" … "Essex").
  for (const o of occurrences) {
    if (decided.has(o) || o.matchOnly) continue;
    const person = o.type === 'person' || o.words.length === 1 ? personFor(o) : undefined;
    if (person) add(person, o);
    else if (o.type === 'person') add(entityFor('person', o.name), o);
    else continue;
    decided.add(o);
  }
  // 3. Places and organisations, then names decided by nothing yet.
  for (const o of occurrences) {
    if (decided.has(o) || o.matchOnly || (o.type !== 'place' && o.type !== 'organization')) continue;
    // A body known only where a capital proves it ("the Broncos") is filed under its full name too.
    const known = knownName(o.name) ?? (o.type === 'organization' ? weakName(o.name) : undefined);
    add(entityFor(o.type, known?.type === o.type ? known.name : o.name), o);
    decided.add(o);
  }
  const standalone = new Set(occurrences.filter((o) => o.words.length === 1 && !o.matchOnly).map((o) => o.name.toLowerCase()));
  // "BAAR, SWITZERLAND" … "in Baar": a word the story also writes in lower case letters is shouted,
  // not initials, and takes what its other mentions suggest.
  const written = new Map<string, EntityType | undefined>();
  for (const o of occurrences) {
    if (o.words.length === 1 && !SHOUTED.test(o.name) && !o.matchOnly) written.set(nameKey(o.name), written.get(nameKey(o.name)) ?? o.hint);
  }
  for (const o of occurrences) {
    if (decided.has(o)) continue;
    const known = knownName(o.name);
    const person = personFor(o);
    if (person) add(person, o);
    else if (known) add(entityFor(known.type, known.name), o);
    else if (o.matchOnly) continue;
    else if (o.words.length > 1) {
      // "Feroz Abbasi" after "Mr Abbasi", or a full name whose surname stands alone elsewhere.
      const last = o.words.at(-1)!.toLowerCase();
      const short = people.find((p) => p.name.toLowerCase() === last);
      if (short) {
        byKey.delete(`person:${nameKey(short.name)}`);
        short.aliases.add(short.name);
        short.name = o.name;
        byKey.set(`person:${nameKey(o.name)}`, short);
        add(short, o);
      } else if (o.words.length <= 3 && standalone.has(last) && !knownName(last) && !o.words.some(namesNoPerson) && surnameShaped(o))
        add(create('person', o.name), o);
      else {
        const type = guess(o);
        if (type) add(entityFor(type, o.name), o);
      }
    } else {
      const existing = byKey.get(`organization:${nameKey(o.name)}`) ?? byKey.get(`place:${nameKey(o.name)}`);
      const shouted = SHOUTED.test(o.name) && written.has(nameKey(o.name));
      const type = existing ? undefined : shouted ? written.get(nameKey(o.name)) : guess(o);
      if (existing) add(existing, o);
      else if (type) add(entityFor(type, o.name), o);
    }
  }
  for (const entity of byKey.values()) entity.occurrences.sort((a, b) => (before(a, b) ? -1 : 1));
  return [...byKey.values()].filter((e) => e.occurrences.length > 0 && slugify(e.name) !== '');
}
