/**
 * @module
 * Places that stand for a trade rather than a team: "Hollywood player Howard Vale", "Westminster
 * insiders", "Wall Street fans of the deal". A club's role after a town makes the town its club
 * ("Leicester wing …"), but no senior club plays under these names, so they stay places.
 */

const INDUSTRY_PLACES = new Set([
  'hollywood',
  'bollywood',
  'silicon valley',
  'wall street',
  'broadway',
  'westminster',
  'whitehall',
  'fleet street',
]);

/**
 * Whether a known place's name stands for a trade and names no club.
 *
 * @example
 * industryPlace('Hollywood'); // true
 * industryPlace('Leicester'); // false
 */
export function industryPlace(name: string): boolean {
  return INDUSTRY_PLACES.has(name.toLowerCase());
}
