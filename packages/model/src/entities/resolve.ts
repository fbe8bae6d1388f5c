/**
 * @module
 * Article-wide resolution: merges the variants of a name into one entity ("Chinese President Xi
 * Jinping" … "Xi"; "Mr Blair" → Tony Blair), files undecided names under the person, place or
 * organisation they refer to, and leaves the rest to a fallback guess.
 */
import { slugify } from '../slugify.ts';
import type { EntityType } from './entity.ts';
import { knownName, nameKey } from './names.ts';

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
}

/** An entity of one article with every place it is named. */
export interface ResolvedEntity {
  readonly type: EntityType;
  name: string;
  readonly aliases: Set<string>;
  readonly occurrences: Occurrence[];
}

const before = (a: Occurrence, b: Occurrence): boolean => a.block < b.block || (a.block === b.block && a.start < b.start);

/** The words of a person's name that can stand for the whole name ("Putin", "Xi", "Lula"). */
export function nameParts(name: string): string[] {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && w.length > 1 && !/^(?:Lord|Lady|Baroness|Baron|Jr|Sr|II|III)$/.test(w));
}

/**
 * Entities from `occurrences` (in reading order). `guess` is asked about names no rule or other
 * mention decided; returning undefined drops them.
 */
export function resolve(occurrences: readonly Occurrence[], guess: (o: Occurrence) => EntityType | undefined): ResolvedEntity[] {
  const byKey = new Map<string, ResolvedEntity>();
  const people: ResolvedEntity[] = [];
  const add = (entity: ResolvedEntity, o: Occurrence): void => {
    entity.occurrences.push(o);
    if (o.name !== entity.name) entity.aliases.add(o.name);
  };
  const create = (type: EntityType, o: Occurrence, name = o.name): ResolvedEntity => {
    const entity: ResolvedEntity = { type, name, aliases: new Set(), occurrences: [] };
    byKey.set(`${type}:${nameKey(name)}`, entity);
    if (type === 'person') people.push(entity);
    return entity;
  };
  const personFor = (o: Occurrence): ResolvedEntity | undefined => {
    const wanted = o.words.map((w) => w.toLowerCase());
    const matches = people.filter((p) => {
      const parts = p.name.toLowerCase().split(/\s+/);
      return wanted.every((w) => parts.includes(w));
    });
    if (matches.length <= 1) return matches[0];
    // Two people share the name ("Tony Blair", "Cherie Blair"): the one named last before it.
    let best = matches[0];
    let bestAt: Occurrence | undefined;
    for (const p of matches) {
      for (const seen of p.occurrences) if (before(seen, o) && (!bestAt || before(bestAt, seen))) [best, bestAt] = [p, seen];
    }
    return best;
  };
  const knownEntity = (o: Occurrence): ResolvedEntity | undefined => {
    const known = knownName(o.name);
    if (known) return byKey.get(`${known.type}:${nameKey(known.name)}`) ?? create(known.type, o, known.name);
    return undefined;
  };

  // Places and organisations first, then full names of people, longest first so that shorter
  // forms of the same name join them.
  for (const o of occurrences) {
    if (o.matchOnly || (o.type !== 'place' && o.type !== 'organization')) continue;
    const canonical = knownName(o.name)?.name ?? o.name;
    add(byKey.get(`${o.type}:${nameKey(canonical)}`) ?? create(o.type, o, canonical), o);
  }
  const fullNames = occurrences.filter((o) => !o.matchOnly && o.type === 'person' && o.words.length > 1 && !/^(?:Lord|Lady|Baroness)$/.test(o.words[0]!));
  for (const o of [...fullNames].sort((a, b) => b.words.length - a.words.length)) {
    add(personFor(o) ?? create('person', o), o);
  }
  const decided = new Set(fullNames);
  const rest = occurrences.filter((o) => o.matchOnly || (!decided.has(o) && o.type !== 'place' && o.type !== 'organization'));
  // Titled single names ("Mr Glazer", "Lord Falconer") before undecided ones, which may refer to them.
  const ordered = [...rest.filter((o) => o.type === 'person'), ...rest.filter((o) => o.type !== 'person')];
  const leftovers: Occurrence[] = [];
  for (const o of ordered) {
    const entity = personFor(o) ?? knownEntity(o) ?? (o.type === 'person' && !o.matchOnly ? create('person', o) : undefined);
    if (entity) add(entity, o);
    else if (!o.matchOnly) leftovers.push(o);
  }
  for (const o of leftovers) {
    const existing = byKey.get(`person:${nameKey(o.name)}`) ?? byKey.get(`organization:${nameKey(o.name)}`) ?? byKey.get(`place:${nameKey(o.name)}`);
    if (existing) {
      add(existing, o);
      continue;
    }
    const type = guess(o);
    if (type) add(create(type, o), o);
  }
  for (const entity of byKey.values()) entity.occurrences.sort((a, b) => (before(a, b) ? -1 : 1));
  return [...byKey.values()].filter((e) => slugify(e.name) !== '');
}
