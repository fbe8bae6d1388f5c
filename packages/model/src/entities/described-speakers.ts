/**
 * @module
 * The people and bodies an attribution refers to by description rather than by name ("the
 * spokeswoman said", "the council said", "the report's author"), found among those the text named.
 */
import { documentAuthor } from './document-author.ts';
import type { Mention } from './entity.ts';
import type { BodyReading, Named } from './quote-reading.ts';
import { ROLE_WORDS } from './titles.ts';

// Words that make a role a different office from the bare title: a "Deputy Prime Minister" is not
// "the prime minister", a "shadow chancellor" not "the chancellor".
const RANKS = new Set(['deputy', 'shadow', 'vice', 'former', 'ex', 'assistant', 'junior', 'acting', 'interim']);

/**
 * The first person whose role as written includes `title` and every word of `qualifiers` (the
 * other office words of the description: "prime" in "the prime minister"), and no rank the
 * description lacks; failing that, one whose role holds no other office word at all ("England
 * coach" for "the coach"); else null.
 *
 * @example
 * personWithTitle(reading, 'mayor'); // the entity of "Mayor Anna Cole"
 * personWithTitle(reading, 'minister', ['prime']); // not "Deputy Prime Minister Tom Reed"
 */
export function personWithTitle(r: BodyReading, title: string, qualifiers: readonly string[] = []): Named | null {
  const roleOf = (m: Mention): string[] => r.roles.get(m.entity.slug)?.toLowerCase().split(/\s+/) ?? [];
  const people = r.mentions.filter((m) => m.entity.type === 'person' && roleOf(m).includes(title));
  const strict = people.find((m) => {
    const words = roleOf(m);
    return qualifiers.every((q) => words.includes(q)) && !words.some((w) => RANKS.has(w) && w !== title && !qualifiers.includes(w));
  });
  const loose = people.find((m) => roleOf(m).every((w) => w === title || !ROLE_WORDS.has(w)));
  return (strict ?? loose)?.entity ?? null;
}

/**
 * The one person an apposition or role gave the office `title` ("the spokeswoman said"), else null.
 *
 * @example
 * personCalled(reading, 'spokeswoman'); // "Anna Cole, a spokeswoman for the trust," → Anna Cole
 */
export function personCalled(r: BodyReading, title: string): Named | null {
  const hits = r.mentions.filter(
    (m) =>
      m.entity.type === 'person' &&
      (r.roles.get(m.entity.slug)?.toLowerCase().split(/\s+/).includes(title) || r.apposed.get(m.entity.slug)?.split(' ').includes(title)),
  );
  return new Set(hits.map((m) => m.entity.slug)).size === 1 ? hits[0]!.entity : null;
}

/**
 * The one body of the article whose name holds all of `words`, else null: "the council" of a
 * story of two councils is neither.
 *
 * @example
 * bodyCalled(reading, ['council']); // Kelby Council, if it is the story's only council
 */
export function bodyCalled(r: BodyReading, words: readonly string[]): Named | null {
  const fits = r.bodies.filter((b) => words.every((w) => b.words.has(w)));
  return fits.length === 1 ? fits[0]!.entity : null;
}

/**
 * Who wrote the document last called `noun` before token `k` of unit `u` ("the report by the
 * trust … the report said"): null when "by" names no one ("a report by MPs"), undefined when no
 * mention says.
 *
 * @example
 * authorOf(reading, 2, 'report', 5); // the trust, from "a report by the trust" in an earlier paragraph
 */
export function authorOf(r: BodyReading, u: number, noun: string, k: number): Named | null | undefined {
  for (let v = u; v >= 0; v--) {
    const tokens = r.body[v]!.tokens;
    for (let j = (v === u ? k : tokens.length) - 1; j >= 0; j--) {
      if (tokens[j]!.text.toLowerCase() !== noun) continue;
      const author = documentAuthor(tokens, r.namedByUnit[v]!, j);
      if (author !== undefined) return author;
    }
  }
  return undefined;
}
