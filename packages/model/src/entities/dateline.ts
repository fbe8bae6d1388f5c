/**
 * @module
 * The dateline that opens wire and American copy ("ST. JOSEPH, Mich. (AP) —", "Dekalb, Ill. —",
 * "NEW DELHI:"): the place a story was filed from, written in capitals or followed by a state's
 * abbreviation, where the capitals alone prove nothing.
 */
import { knownName } from './names.ts';

/** A place named by a dateline, with its offsets in the block's text. */
export interface DatelinePlace {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** The abbreviations of American states in AP style, with the states they stand for. */
const STATES: ReadonlyMap<string, string> = new Map(
  `Ala.|Alabama;Ariz.|Arizona;Ark.|Arkansas;Calif.|California;Colo.|Colorado;Conn.|Connecticut;Del.|Delaware;Fla.|Florida;
Ga.|Georgia;Ill.|Illinois;Ind.|Indiana;Kan.|Kansas;Kans.|Kansas;Ky.|Kentucky;La.|Louisiana;Md.|Maryland;Mass.|Massachusetts;
Mich.|Michigan;Minn.|Minnesota;Miss.|Mississippi;Mo.|Missouri;Mont.|Montana;Neb.|Nebraska;Nev.|Nevada;N.H.|New Hampshire;
N.J.|New Jersey;N.M.|New Mexico;N.Y.|New York;N.C.|North Carolina;N.D.|North Dakota;Okla.|Oklahoma;Ore.|Oregon;
Pa.|Pennsylvania;R.I.|Rhode Island;S.C.|South Carolina;S.D.|South Dakota;Tenn.|Tennessee;Vt.|Vermont;Va.|Virginia;
Wash.|Washington;W.Va.|West Virginia;Wis.|Wisconsin;Wyo.|Wyoming;D.C.|Washington, D.C.`
    .split(';')
    .map((entry) => entry.trim().split('|') as [string, string]),
);

// The place, then maybe ", region", maybe "(AP)", then a dash or a colon.
const DATELINE = /^([\p{Lu}][\p{L}.'’ -]{1,40}?)(?:, ([\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)?))?\s*(?:\([^)]{1,30}\))?\s*(?:—|–|--?|:)\s/u;

const titleCase = (name: string): string => name.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());

/**
 * The places a block's opening dateline names: the city (title-cased when written in capitals)
 * and, for an abbreviation, its state. Empty unless the city is a known place or a region follows it.
 *
 * @example
 * datelinePlaces('ST. JOSEPH, Mich. (AP) — Health officials said…');
 * // [{ name: 'St. Joseph', start: 0, end: 10 }, { name: 'Michigan', start: 12, end: 17 }]
 */
export function datelinePlaces(text: string): DatelinePlace[] {
  const m = DATELINE.exec(text);
  if (!m) return [];
  const city = m[1]!.trim();
  const shouted = city === city.toUpperCase();
  const name = shouted ? titleCase(city) : city;
  const region = m[2];
  const state = region ? STATES.get(region) : undefined;
  const regionKnown = region !== undefined && (state !== undefined || knownName(region)?.type === 'place');
  const cityKnown = knownName(name)?.type === 'place';
  // "BREAKING NEWS:", "Update:": capitals or a colon alone make no dateline.
  if (!regionKnown && !(cityKnown && shouted)) return [];
  const places: DatelinePlace[] = [{ name: knownName(name)?.type === 'place' ? knownName(name)!.name : name, start: 0, end: city.length }];
  if (state && region) {
    const at = text.indexOf(region, city.length);
    places.push({ name: state, start: at, end: at + region.length });
  }
  return places;
}
