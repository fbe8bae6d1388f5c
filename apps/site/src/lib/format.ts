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

/**
 * An ISO timestamp for display, e.g. `8 May 2026 at 09:30 UTC`; an invalid one is returned as is.
 *
 * @example
 * formatDateTime('2026-05-08T09:30:00Z'); // '8 May 2026 at 09:30 UTC'
 */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/**
 * Whether `updatedAt` is worth telling readers about: later than publication by a minute or more.
 * Saving an article stamps both times at once, and typo fixes seconds later are not news.
 */
export function isMeaningfulUpdate(publishedAt: string | null, updatedAt: string): boolean {
  if (!publishedAt) return false;
  return new Date(updatedAt).getTime() - new Date(publishedAt).getTime() >= 60_000;
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
