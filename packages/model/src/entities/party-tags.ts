/**
 * @module
 * The party-and-state tag American copy writes after a lawmaker's name ("Rep. Jane Roe (R-TX)",
 * "Sen. John Doe, D-Calif., said", "(I-Vermont)"): the state is a place the story names, though
 * it is written as a postal code, an AP abbreviation or glued to the party's initial.
 */
import { type DatelinePlace, POSTAL, STATE_NAMES, STATES } from './dateline.ts';

const escapeDots = (s: string): string => s.replace(/[.]/g, '\\.');
const STATE_FORMS = [...STATES.keys(), ...POSTAL.keys(), ...STATE_NAMES]
  .sort((a, b) => b.length - a.length)
  .map(escapeDots)
  .join('|');
// R, D or I, a hyphen or dash, the state; then the tag ends (bracket, comma, stop or space).
const TAG = new RegExp(`(?<![\\p{L}\\d-])[RDI][-–](${STATE_FORMS})(?![\\p{L}\\d-])`, 'gu');

/**
 * The states in a block's party tags, each under its full name with the offsets of its written form.
 *
 * @example
 * partyTagStates('said Rep. Jane Roe (R-TX), who chairs it');
 * // [{ name: 'Texas', start: 22, end: 24 }]
 */
export function partyTagStates(text: string): DatelinePlace[] {
  if (!/[RDI][-–]/.test(text)) return [];
  const places: DatelinePlace[] = [];
  for (const m of text.matchAll(TAG)) {
    const written = m[1]!;
    const name = STATES.get(written) ?? POSTAL.get(written) ?? written;
    const start = m.index + m[0].length - written.length;
    places.push({ name, start, end: start + written.length });
  }
  return places;
}
