/**
 * @module
 * A town named for its team: a story that names "the Cleveland Browns" means the team by a bare
 * "Cleveland" ("Cleveland really needs a tackle", "a win against Cleveland"), but the town after
 * "in" ("the game in Cleveland").
 */
import { isLand, knownName } from './names.ts';
import type { Occurrence } from './resolve.ts';
import { ORG_HEADS, PLACE_HEADS } from './titles.ts';

// Plural words that end the names of places ("Chicago Heights", "London Fields"), not teams.
const PLACE_PLURALS = new Set([
  'heights',
  'fields',
  'gardens',
  'docks',
  'springs',
  'falls',
  'sands',
  'meadows',
  'towers',
  'flats',
  'lakes',
]);

/** A team's nickname: a plural capitalised word that heads no body's or place's name ("Browns", not "Times"). */
const nickname = (word: string): boolean =>
  /^\p{Lu}\p{Ll}+s$/u.test(word) &&
  !ORG_HEADS.has(word.toLowerCase()) &&
  !PLACE_HEADS.has(word.toLowerCase()) &&
  !PLACE_PLURALS.has(word.toLowerCase());

/** The town a team's name opens ("Cleveland" of "Cleveland Browns"), if the name is a town and a nickname. */
function teamTown(words: readonly string[]): string | undefined {
  if (words.length < 2 || words.length > 3 || !nickname(words.at(-1)!)) return undefined;
  const town = words.slice(0, -1).join(' ');
  const known = knownName(town);
  return known?.type === 'place' && !isLand(known.name) ? town : undefined;
}

/**
 * Whether a name is a town and a team's nickname ("Denver Comets", "Leeds Rhinos").
 *
 * @example
 * isTeamName(['Denver', 'Comets']); // true
 * isTeamName(['Chicago', 'Heights']); // false
 */
export function isTeamName(words: readonly string[]): boolean {
  return teamTown(words) !== undefined;
}

/**
 * The occurrences with each bare town that opens a team's name in the story ("Cleveland" of "the
 * Cleveland Browns") taken for the team, unless a preposition makes it the place.
 *
 * @example
 * // [Cleveland Browns (organization), Cleveland (place)] → Cleveland becomes an organization
 */
export function townsAsTeams(occurrences: readonly Occurrence[]): readonly Occurrence[] {
  const towns = new Set<string>();
  for (const o of occurrences) {
    const town = o.type === 'organization' ? teamTown(o.words) : undefined;
    if (town) towns.add(town);
  }
  if (towns.size === 0) return occurrences;
  return occurrences.map((o) => (o.type === 'place' && o.hint !== 'place' && towns.has(o.name) ? { ...o, type: 'organization' } : o));
}
