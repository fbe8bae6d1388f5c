/**
 * @module
 * The dateline that opens wire and American copy ("ST. JOSEPH, Mich. (AP) —", "Dekalb, Ill. —",
 * "NEW DELHI:"): the place a story was filed from, written in capitals or followed by a state's
 * abbreviation, where the capitals alone prove nothing; and a town with its state anywhere
 * ("Mountain View, CA", "Camden, N.J.").
 */
import { isFirstName, knownName } from './names.ts';

/** A place named by a dateline, with its offsets in the block's text. */
export interface DatelinePlace {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** The abbreviations of American states in AP style, with the states they stand for. */
export const STATES: ReadonlyMap<string, string> = new Map(
  `Ala.|Alabama;Ariz.|Arizona;Ark.|Arkansas;Calif.|California;Colo.|Colorado;Conn.|Connecticut;Del.|Delaware;Fla.|Florida;
Ga.|Georgia;Ill.|Illinois;Ind.|Indiana;Kan.|Kansas;Kans.|Kansas;Ky.|Kentucky;La.|Louisiana;Md.|Maryland;Mass.|Massachusetts;
Mich.|Michigan;Minn.|Minnesota;Miss.|Mississippi;Mo.|Missouri;Mont.|Montana;Neb.|Nebraska;Nev.|Nevada;N.H.|New Hampshire;
N.J.|New Jersey;N.M.|New Mexico;N.Y.|New York;N.C.|North Carolina;N.D.|North Dakota;Okla.|Oklahoma;Ore.|Oregon;
Pa.|Pennsylvania;R.I.|Rhode Island;S.C.|South Carolina;S.D.|South Dakota;Tenn.|Tennessee;Vt.|Vermont;Va.|Virginia;
Wash.|Washington;W.Va.|West Virginia;Wis.|Wisconsin;Wyo.|Wyoming;D.C.|Washington, D.C.`
    .split(';')
    .map((entry) => entry.trim().split('|') as [string, string]),
);

/** The states' two-letter postal codes ("CA"), written after a town. */
export const POSTAL: ReadonlyMap<string, string> = new Map(
  `AL|Alabama;AK|Alaska;AZ|Arizona;AR|Arkansas;CA|California;CO|Colorado;CT|Connecticut;DE|Delaware;FL|Florida;GA|Georgia;
HI|Hawaii;ID|Idaho;IL|Illinois;IN|Indiana;IA|Iowa;KS|Kansas;KY|Kentucky;LA|Louisiana;ME|Maine;MD|Maryland;MA|Massachusetts;
MI|Michigan;MN|Minnesota;MS|Mississippi;MO|Missouri;MT|Montana;NE|Nebraska;NV|Nevada;NH|New Hampshire;NJ|New Jersey;
NM|New Mexico;NY|New York;NC|North Carolina;ND|North Dakota;OH|Ohio;OK|Oklahoma;OR|Oregon;PA|Pennsylvania;RI|Rhode Island;
SC|South Carolina;SD|South Dakota;TN|Tennessee;TX|Texas;UT|Utah;VT|Vermont;VA|Virginia;WA|Washington;WV|West Virginia;
WI|Wisconsin;WY|Wyoming`
    .split(';')
    .map((entry) => entry.trim().split('|') as [string, string]),
);

/** The states' names in full ("California"), as `POSTAL` spells them. */
export const STATE_NAMES: ReadonlySet<string> = new Set(POSTAL.values());

/** Canada's provinces by postal code ("Toronto, ON") and in AP style ("Regina, Sask."). */
const PROVINCES: ReadonlyMap<string, string> = new Map(
  `ON|Ontario;QC|Quebec;BC|British Columbia;AB|Alberta;MB|Manitoba;SK|Saskatchewan;NS|Nova Scotia;NB|New Brunswick;
NL|Newfoundland and Labrador;PE|Prince Edward Island;Ont.|Ontario;Que.|Quebec;Alta.|Alberta;Sask.|Saskatchewan`
    .split(';')
    .map((entry) => entry.trim().split('|') as [string, string]),
);

// A town of one to three capitalised words, a comma, and a state's abbreviation or postal code.
const TOWN_STATE = /\b((?:\p{Lu}[\p{Ll}.'’-]+ ){0,2}\p{Lu}[\p{Ll}'’-]+), ((?:\p{Lu}\.){2}|\p{Lu}\p{Ll}{1,3}\.|\p{Lu}{2}\b)/gu;

// The place, then maybe ", region", maybe "(AP)", then a dash or a colon.
const DATELINE = /^([\p{Lu}][\p{L}.'’ -]{1,40}?)(?:, ([\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)?))?\s*(?:\([^)]{1,30}\))?\s*(?:—|–|--?|:)\s/u;

const titleCase = (name: string): string =>
  name.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());

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

/**
 * The states (and Canada's provinces) written after a town anywhere in a block ("Mountain View,
 * CA", "Camden, N.J.", "Toronto, ON"), as
 * places under the state's name, with the town when no list knows it as something else.
 *
 * @example
 * townsWithStates('a show in Mountain View, CA on Friday');
 * // [{ name: 'Mountain View', start: 10, end: 23 }, { name: 'California', start: 25, end: 27 }]
 */
export function townsWithStates(text: string): DatelinePlace[] {
  const places: DatelinePlace[] = [];
  const pattern = new RegExp(TOWN_STATE);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const abbreviation = m[2]!;
    const state = STATES.get(abbreviation) ?? POSTAL.get(abbreviation) ?? PROVINCES.get(abbreviation);
    if (!state) {
      // "Hall – St. Louis, St. Louis, MO": capitals that are no state's may open the next town.
      pattern.lastIndex = m.index + m[0].length - abbreviation.length;
      continue;
    }
    const town = m[1]!;
    const known = knownName(town);
    // "Katie Allen, MD": a person's name before a degree, not a town before a state.
    if (!known && town.includes(' ') && isFirstName(town.split(' ')[0]!)) continue;
    if (!known || known.type === 'place') places.push({ name: known?.name ?? town, start: m.index, end: m.index + town.length });
    const at = m.index + m[0].length - abbreviation.length;
    places.push({ name: state, start: at, end: at + abbreviation.length });
  }
  return places;
}
