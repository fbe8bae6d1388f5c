/**
 * @module
 * Dates and durations as readers see them.
 */

/**
 * The one date formatter of the site. Building an `Intl.DateTimeFormat` is costly (it loads
 * locale data), so it is made once per process, never per request or per date.
 * Times are shown in UTC with the zone named, so no reader mistakes them for local time.
 */
const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

// Pages show the same few times again and again (an article's, its comments'): formatting one
// costs more than rendering the element around it, so recent results are kept, a bounded number.
const FORMATTED_MAX = 2000;
const formatted = new Map<string, string>();

/**
 * An ISO timestamp for display, e.g. `8 May 2026 at 09:30 UTC`; an invalid one is returned as is.
 *
 * @example
 * formatDateTime('2026-05-08T09:30:00Z'); // '8 May 2026 at 09:30 UTC'
 */
export function formatDateTime(iso: string): string {
  let text = formatted.get(iso);
  if (text === undefined) {
    const date = new Date(iso);
    text = Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
    if (formatted.size >= FORMATTED_MAX) formatted.clear();
    formatted.set(iso, text);
  }
  return text;
}

/** The one list formatter of the site, made once per process like the date formatter. */
const nameList = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** A piece of a list of names: a name with its index in the list, or the words between names. */
export type NamePart = { text: string; index: number } | { text: string; index?: undefined };

/**
 * `names` joined as a reader says them ("A, B and C"), in pieces, so each name can become a link.
 *
 * @example
 * nameListParts(['Ana Lima', 'Tom Reed']); // [{ text: 'Ana Lima', index: 0 }, { text: ' and ' }, { text: 'Tom Reed', index: 1 }]
 */
export function nameListParts(names: readonly string[]): NamePart[] {
  let next = 0;
  return nameList.formatToParts(names).map((part) => (part.type === 'element' ? { text: part.value, index: next++ } : { text: part.value }));
}

/** How much later than publication (or creation) a save must be to count as an update. */
export const UPDATE_THRESHOLD_MS = 10 * 60_000;

/** The times `isMeaningfulUpdate` compares. */
export interface ArticleTimes {
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * Whether `updatedAt` is worth telling readers about: more than ten minutes after both
 * publication and creation. Saving stamps the times together and typo fixes minutes later are
 * not news; an import stamps `createdAt` and `updatedAt` with the import time, however old the
 * story, so an article never saved since then has not been updated.
 *
 * @example
 * isMeaningfulUpdate({ publishedAt: '2026-05-08T09:30:00Z', createdAt: '2026-05-08T09:30:00Z', updatedAt: '2026-05-08T12:00:00Z' }); // true
 */
export function isMeaningfulUpdate({ publishedAt, createdAt, updatedAt }: ArticleTimes): boolean {
  if (!publishedAt) return false;
  const since = Math.max(Date.parse(publishedAt), Date.parse(createdAt));
  return Date.parse(updatedAt) - since > UPDATE_THRESHOLD_MS;
}

/**
 * Reading time for display.
 *
 * @example
 * formatReadingTime(4); // '4 min read'
 */
export function formatReadingTime(minutes: number): string {
  return `${Math.max(1, Math.round(minutes))} min read`;
}
