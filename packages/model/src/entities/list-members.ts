/**
 * @module
 * Lists of names in a block ("Apple, Creative Labs, Archos and iRiver"): undecided members take the
 * type the known ones share, a list of bodies makes its bare surnames bodies, and a list holding a
 * title is a list of works.
 */
import { isDictionaryWord, isFirstName } from './names.ts';
import { PLAIN_NAME } from './name-cues.ts';
import type { Occurrence } from './resolve.ts';

const LIST_GAP = /^(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)$/;

/**
 * Whether a title of a work ("Lady Bird", "the film X") lies in a list gap, or in list gaps around
 * it: `titles` holds the works' spans, in the text's order.
 */
function titleBetween(text: string, from: number, to: number, titles: ReadonlyArray<readonly [number, number]>): boolean {
  const inside = titles.filter(([a, b]) => a >= from && b <= to);
  if (inside.length === 0) return false;
  let at = from;
  for (const [a, b] of inside) {
    if (!LIST_GAP.test(text.slice(at, a))) return false;
    at = b;
  }
  return LIST_GAP.test(text.slice(at, to));
}

/**
 * "Apple, Creative Labs, Archos and iRiver": undecided members of a list take the type of the
 * known ones. A word that opens a sentence ("Later, FDA advisers…") is no member. A list that
 * holds a title of a work ("Lady Bird, Phantom Dune and The Post") is a list of works, whose
 * members take no type from one another. `out` is changed in place.
 *
 * @example
 * fillLists(occurrences, openers, unit.text, titleSpans); // "iRiver" after "Apple, Creative Labs": a body
 */
export function fillLists(
  out: Occurrence[],
  openers: ReadonlySet<Occurrence>,
  text: string,
  titles: ReadonlyArray<readonly [number, number]>,
): void {
  let from = 0;
  let holdsTitle = false;
  const edge = (a: number, b: number): boolean => titleBetween(text, a, b, titles);
  for (let i = 1; i <= out.length; i++) {
    const prev = out[i - 1]!;
    const next = out[i];
    const gap = next ? text.slice(prev.end, next.start) : '';
    const joined = next !== undefined && (LIST_GAP.test(gap) || edge(prev.end, next.start));
    if (next && joined && !LIST_GAP.test(gap)) holdsTitle = true;
    if (joined) continue;
    // A title just before the list's first member or just after its last.
    if (titles.some(([, b]) => b <= out[from]!.start && LIST_GAP.test(text.slice(b, out[from]!.start)))) holdsTitle = true;
    if (titles.some(([a]) => a >= prev.end && LIST_GAP.test(text.slice(prev.end, a)))) holdsTitle = true;
    if (holdsTitle) {
      holdsTitle = false;
      from = i;
      continue;
    }
    const members = out.slice(from, i);
    // "Astrobotic, Draper, Intuitive Machines, Lockheed Martin and Moon Express": in a list of
    // bodies, a member taken for a person without a given name or a title is a body too.
    const bodies = members.filter((o) => o.type === 'organization').length;
    const people = members.filter((o) => o.type === 'person');
    if (bodies >= 3 && bodies >= 2 * people.length) {
      for (let k = from; k < i; k++) {
        const o = out[k]!;
        if (o.type === 'person' && !o.titled && !isFirstName(o.words[0]!)) out[k] = { ...o, type: 'organization' };
      }
    }
    const types = new Set(
      out
        .slice(from, i)
        .map((o) => o.type)
        .filter(Boolean),
    );
    const only = types.size === 1 ? [...types][0] : undefined;
    if (members.length > 1 && only && only !== 'person') {
      for (let k = from; k < i; k++) if (out[k]!.type === undefined && !openers.has(out[k]!)) out[k] = { ...out[k]!, type: only };
    }
    // "Marcel Granollers and Feliciano Lopez": in a list of people, an undecided name of two or
    // three plain capitalised words is a person's too, unless all are common words ("Port Closures").
    if (members.length > 1 && only === 'person') {
      for (let k = from; k < i; k++) {
        const o = out[k]!;
        if (
          o.type === undefined &&
          !openers.has(o) &&
          o.words.length >= 2 &&
          o.words.length <= 3 &&
          o.words.every((w) => PLAIN_NAME.test(w)) &&
          !o.words.every(isDictionaryWord)
        )
          out[k] = { ...o, type: 'person' };
      }
    }
    from = i;
  }
}
