/**
 * @module
 * The query string of a listing or a search, built the same way for every filter the API
 * takes: so a filter added to the API's filter schema needs no code here.
 */

/**
 * `params` as query parameters: times as ISO timestamps, numbers as digits, empty and missing
 * values left out, in the order of their names, so that one listing is always one address (and
 * one entry in the API's cache).
 *
 * @example
 * queryOf({ tag: 'boats', limit: 20, from: new Date('2026-05-01T00:00:00Z') });
 * // { from: '2026-05-01T00:00:00.000Z', limit: '20', tag: 'boats' }
 */
export function queryOf(params: Readonly<Record<string, string | number | Date | undefined>>): Record<string, string> {
  const entries = Object.entries(params).flatMap(([name, value]) =>
    value === undefined || value === '' ? [] : [[name, value instanceof Date ? value.toISOString() : String(value)] as const],
  );
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
