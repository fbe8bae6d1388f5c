/**
 * @module
 * Who a quotation is by, read from its own paragraph before it: the person who spoke in the
 * sentence just before, the person that sentence opens with, the body last named, and whether a
 * colon with no one named before it introduces the quotation.
 */
import type { BodyReading, Named } from './quote-reading.ts';
import { insideSpan } from './quote-spans.ts';
import { isPress } from './names.ts';
import { isCiteVerb } from './speech.ts';

/**
 * The last body named before token `k` of unit `u` (the first of its paragraph when `subject`),
 * searching back through earlier paragraphs; newspapers and agencies only when `press`.
 *
 * @example
 * bodyBefore(reading, 1, 4); // "Kelby Council met. ⏎ The council said …" → Kelby Council
 */
export function bodyBefore(r: BodyReading, u: number, k: number, press = true, subject = false): Named | null {
  for (let v = u; v >= 0; v--) {
    const hit = r.namedByUnit[v]!.filter(
      (n) => n.entity.type === 'organization' && (v < u || n.from < k) && (press || !isPress(n.entity.name)),
    ).at(subject ? 0 : -1);
    if (hit) return hit.entity;
  }
  return null;
}

/**
 * The person who spoke (by a verb of saying) in the sentence just before token `k` of unit `u`.
 *
 * @example
 * speakerBefore(reading, 0, 6); // "Anna Cole said so. “We will stay.”" → Anna Cole
 */
export function speakerBefore(r: BodyReading, u: number, k: number): Named | null {
  const unit = r.body[u]!;
  const previous = r.sentencesByUnit[u]![k - 1];
  if (!previous) return null;
  const hasVerb = unit.tokens.slice(previous[0], previous[1]).some((t) => isCiteVerb(t.text));
  const person = r.namedByUnit[u]!.find(
    (n) => n.from >= previous[0] && n.from < previous[1] && n.entity.type === 'person' && !unit.tokens[n.to - 1]!.possessive,
  );
  return hasVerb && person && !insideSpan(r.spansByUnit[u]!, unit.tokens[person.from]!.start) ? person.entity : null;
}

/**
 * "Roddick was left frustrated after the match. “It's just tough …”": the person the sentence
 * just before token `k` of unit `u` opens with, when that sentence quotes no one.
 *
 * @example
 * introducedBefore(reading, 0, 8); // → Roddick
 */
export function introducedBefore(r: BodyReading, u: number, k: number): Named | null {
  const unit = r.body[u]!;
  const previous = r.sentencesByUnit[u]![k - 1];
  if (!previous) return null;
  let first = previous[0];
  while (first < previous[1] && /^(?:but|and|yet|,)$/i.test(unit.tokens[first]!.text)) first++;
  const person = r.namedByUnit[u]!.find((n) => n.from === first && n.entity.type === 'person' && !unit.tokens[n.to - 1]!.possessive);
  const quotes = r.spansByUnit[u]!.some((s) => s.open >= unit.tokens[previous[0]]!.start && s.open < unit.tokens[k]!.start);
  return person && !quotes ? person.entity : null;
}

/**
 * Whether the quotation opening at token `open` of unit `u` follows a colon, with no one (nor any
 * body) named earlier in its sentence: "That process led to a realization: “…”".
 *
 * @example
 * afterColon(reading, 0, 7); // true for "That process led to a realization: “…”"
 */
export function afterColon(r: BodyReading, u: number, open: number): boolean {
  const sentences = r.sentencesByUnit[u]!;
  return (
    r.body[u]!.tokens[open - 1]?.text === ':' &&
    !r.namedByUnit[u]!.some((n) => n.from >= sentences[open]![0] && n.from < open && n.entity.type !== 'place')
  );
}
