/**
 * @module
 * Story-wide settling after resolution: a name's type is decided once per story from all its
 * mentions. A person's full name filed as a body ("Vladimir Putin" after "Mr Putin") or a
 * surname filed as one ("Wenger" beside "Arsene Wenger") joins the person; a sentence opener
 * glued to a name ("Buying MCI") joins the name; and a common word that is only ever capitalised
 * because it opens a sentence ("Reading blogs…") is no entity.
 */
import { isCommonWord, isFirstName, isLand, knownName, nameKey } from './names.ts';
import type { ResolvedEntity } from './resolve.ts';

const CORPORATE = /[\s,]+(?:Corp|Corporation|Inc|Co|Company|Ltd|Limited|Plc|PLC|plc|LLC|Holdings|Group|AG|SA|NV)\.?$/;
// Function words written with a capital inside a title ("Turn On", "A Scene"), which a person's
// name never holds; particles of names ("de", "van", "La") may appear after its first word.
const NOT_IN_NAMES = /^(?:The|A|An|And|On|In|At|To|For|With|From|Of|Is|Are|My|Your|Our|Their|Its|This|That|Almost|Here|There|Not|No|Yes)$/;
const PARTICLE = /^(?:de|da|do|dos|del|della|di|du|van|von|der|den|la|le|y|bin|ibn|al|el)$/i;
const lowerWords = (name: string): string[] => name.toLowerCase().split(/\s+/);
const ALL_CAPS = /^[\p{Lu}\p{N}'’&.-]+$/u;
// Long enough and voiced enough to be a word rather than an acronym ("CONTROVERSIES", not "ICANN").
const SHOUTED = /^(?=(?:[^AEIOU]*[AEIOU]){3})\p{Lu}{7,}$/u;
// Endings of ordinary English nouns, adjectives and verb forms, seldom of names.
const ORDINARY = /(?:ment|tion|sion|ness|ity|ance|ence|ship|ical|ional|ental|ial|ual|ural|ive|ous|ful|less|ing|ised|ized|ally)$/i;

function merge(into: ResolvedEntity, from: ResolvedEntity): void {
  for (const o of from.occurrences) into.occurrences.push(o);
  into.aliases.add(from.name);
  for (const a of from.aliases) into.aliases.add(a);
  from.occurrences.length = 0;
  into.occurrences.sort((a, b) => a.block - b.block || a.start - b.start);
}

/** The one person in the story a non-person entity's name stands for, if exactly one. */
function personNamed(entity: ResolvedEntity, people: readonly ResolvedEntity[]): ResolvedEntity | undefined {
  const words = lowerWords(entity.name);
  const known = knownName(entity.name);
  const matches = people.filter((p) => {
    const pw = lowerWords(p.name);
    // "Wenger" beside "Arsene Wenger": a surname, unless it is a country or a known body.
    if (words.length === 1)
      return pw.length > 1 && pw.at(-1) === words[0] && !(known && (known.type === 'organization' || isLand(known.name)));
    // "Vladimir Putin" beside "Putin" or "Vladimir Putin": a full name starting with a first name.
    return isFirstName(words[0]!) && !known && (words.every((w) => pw.includes(w)) || pw.every((w) => words.includes(w)));
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/** A capital that proves nothing: the word opens a sentence or a headline, or is shouted in capitals. */
const plainCapital = (entity: ResolvedEntity): boolean => entity.occurrences.every((o) => o.opener || ALL_CAPS.test(o.name));

/**
 * Settles types and merges across the whole story; returns the entities that still name something.
 *
 * @example
 * // "Mr Putin … Vladimir Putin (filed as a body)" → one person, Vladimir Putin
 */
export function settle(entities: ResolvedEntity[]): ResolvedEntity[] {
  const people = entities.filter((e) => e.type === 'person');
  const byKey = new Map(entities.map((e) => [nameKey(e.name), e]));
  for (const e of entities) {
    if (e.occurrences.length === 0) continue;
    const words = e.name.split(/\s+/);
    // "Buying MCI", "But Rover": an opener glued to a name the story also writes alone.
    if (words.length > 1 && isCommonWord(words[0]!) && !isFirstName(words[0]!) && !knownName(e.name) && plainCapital(e)) {
      const rest = byKey.get(nameKey(words.slice(1).join(' ')));
      if (rest && rest !== e && rest.occurrences.length > 0) {
        merge(rest, e);
        continue;
      }
    }
    if (e.type === 'person') continue;
    const person = personNamed(e, people);
    if (person) {
      if (words.length > lowerWords(person.name).length) {
        person.aliases.add(person.name);
        person.name = e.name;
      }
      merge(person, e);
    }
  }
  // "Zed" after "Zed Corp", "Disney" after "Walt Disney Co.": a body's short name joins its full name.
  const bodies = entities.filter((e) => e.type === 'organization' && e.occurrences.length > 0);
  for (const full of bodies) {
    const core = full.name.replace(CORPORATE, '').trim();
    const coreWords = core.split(/\s+/);
    const shortForms = new Set([nameKey(core)]);
    if (coreWords.length === 2 && isFirstName(coreWords[0]!)) shortForms.add(nameKey(coreWords[1]!));
    for (const short of bodies) {
      if (short === full || short.occurrences.length === 0 || short.name.length >= full.name.length) continue;
      if (shortForms.has(nameKey(short.name)) && !knownName(short.name)?.type.startsWith('p')) merge(full, short);
    }
  }
  return entities.filter((e) => {
    if (e.occurrences.length === 0) return false;
    // "The Wedding Date", "Conjuring A Scene", "Rolf On Art": words no person's name holds
    // make a title, not a person.
    if (
      e.type === 'person' &&
      !knownName(e.name) &&
      !e.occurrences.some((o) => o.lineUp) &&
      e.name.split(/\s+/).some((w, i) => NOT_IN_NAMES.test(w) && (i === 0 || !PARTICLE.test(w)))
    )
      return false;
    // "Shake Hands With The Devil", "Carry On": nor a place's.
    if (e.type === 'place' && !knownName(e.name) && e.name.split(/\s+/).some((w, i) => i > 0 && NOT_IN_NAMES.test(w))) return false;
    if (e.name.includes(' ') || knownName(e.name) || e.occurrences.some((o) => o.titled)) return true;
    // "they WILL use them", "CONTROVERSIES AND OTHER GAFFES": a word shouted in capitals.
    if (ALL_CAPS.test(e.name) && (isCommonWord(e.name) || SHOUTED.test(e.name))) return false;
    // "Reading blogs remains…", "Investment bank Morgan Stanley…": an ordinary word capitalised
    // only because it opens a sentence.
    const openerOnly = e.occurrences.every((o) => o.opener) && !ALL_CAPS.test(e.name);
    return !(openerOnly && !isFirstName(e.name) && (isCommonWord(e.name) || ORDINARY.test(e.name) || e.name.length <= 3));
  });
}
