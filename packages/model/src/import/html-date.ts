/**
 * @module
 * Publication dates from page metadata. Full ISO 8601 date-times with a time zone are preferred;
 * failing those, a bare date or a local time is kept too: an archive story dated a few hours off
 * is far better placed than one dated the day it was imported.
 */
import { Timestamp } from '../common.ts';

const ISO = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * `value` as a model timestamp (`2019-11-20T09:30:00+01:00`), or `undefined` when it is not an
 * ISO date-time with an offset or names no real instant.
 *
 * @example
 * isoTimestamp('2019-11-20T09:30:00+0100'); // '2019-11-20T09:30:00+01:00'
 * isoTimestamp('2019-11-20'); // undefined
 */
export function isoTimestamp(value: string | undefined): string | undefined {
  const match = ISO.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [, date, hm, seconds, zone = ''] = match;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 3 ? `${zone}:00` : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const out = `${date}T${hm}${seconds ?? ':00'}${offset}`;
  if (Number.isNaN(Date.parse(out)) || !sameCalendarDay(out)) return undefined;
  return Timestamp.safeParse(out).success ? out : undefined;
}

// Date.parse rolls 2019-02-30 over to March; a real date survives the round trip.
function sameCalendarDay(iso: string): boolean {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const probe = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 0));
  return probe.getUTCDate() === d && probe.getUTCMonth() === (m ?? 1) - 1;
}

const LOOSE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?(?:\.\d{1,9})?)?$/;

/**
 * `value` as a model timestamp when it is an ISO date without a time zone: a date-time is read
 * as UTC, and a bare date as noon UTC, so that it shows as that day wherever the reader is (from
 * UTC−11 to UTC+11). `undefined` for anything else.
 *
 * @example
 * dateTimestamp('2005-01-01'); // '2005-01-01T12:00:00Z'
 * dateTimestamp('2015-04-30T07:19:58'); // '2015-04-30T07:19:58Z'
 */
export function dateTimestamp(value: string | undefined): string | undefined {
  const match = LOOSE.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [, date, hm, seconds] = match;
  return isoTimestamp(hm ? `${date}T${hm}${seconds ?? ':00'}Z` : `${date}T12:00:00Z`);
}

/**
 * The first candidate that is a valid timestamp with a time zone, else the first that is a date
 * or a local time (see `dateTimestamp`).
 *
 * @example
 * firstTimestamp(['yesterday', '2019-11-20T09:30:00Z']); // '2019-11-20T09:30:00Z'
 * firstTimestamp(['2019-11-20', '2019-11-21T09:30:00Z']); // '2019-11-21T09:30:00Z'
 */
export function firstTimestamp(candidates: Iterable<string | undefined>): string | undefined {
  const list = [...candidates];
  for (const candidate of list) {
    const out = isoTimestamp(candidate);
    if (out) return out;
  }
  for (const candidate of list) {
    const out = dateTimestamp(candidate);
    if (out) return out;
  }
  return undefined;
}
