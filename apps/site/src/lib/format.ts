/**
 * @module
 * Dates and durations as readers see them.
 */

/** Where and how dates are written: the newsroom's locale and time zone (see `readConfig`). */
export interface DateSettings {
  locale: string;
  timeZone: string;
}

/** The site's settings, as they were before they could be set: en-GB in UTC. */
const UTC_EN_GB: DateSettings = { locale: 'en-GB', timeZone: 'UTC' };

/**
 * The date formatter for `settings`. Building an `Intl.DateTimeFormat` is costly (it loads locale
 * data), so each is made once per process, never per request or per date. The zone is named in
 * every time, so no reader mistakes the newsroom's time for their own.
 */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat({ locale, timeZone }: DateSettings): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    });
    dateTimeFormats.set(key, format);
  }
  return format;
}

// Pages show the same few times again and again (an article's, its comments'): formatting one
// costs more than rendering the element around it, so recent results are kept, a bounded number.
const FORMATTED_MAX = 2000;
const formatted = new Map<string, string>();

/**
 * An ISO timestamp for display in the newsroom's locale and time zone, e.g.
 * `8 May 2026 at 09:30 UTC`; an invalid one is returned as is.
 *
 * @example
 * formatDateTime('2026-05-08T09:30:00Z'); // '8 May 2026 at 09:30 UTC'
 * formatDateTime('2026-05-08T09:30:00Z', { locale: 'fr-FR', timeZone: 'America/New_York' }); // '8 mai 2026 à 05:30 UTC−4'
 */
export function formatDateTime(iso: string, settings: DateSettings = UTC_EN_GB): string {
  const key = `${settings.locale} ${settings.timeZone} ${iso}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const date = new Date(iso);
    text = Number.isNaN(date.getTime()) ? iso : dateTimeFormat(settings).format(date);
    if (formatted.size >= FORMATTED_MAX) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

/**
 * The same moment in UTC, for `datetime` attributes (machines read those; readers the text): one
 * already in UTC as it came, one with an offset converted; an invalid timestamp as it came.
 *
 * @example
 * utcTimestamp('2026-05-08T11:30:00+02:00'); // '2026-05-08T09:30:00.000Z'
 * utcTimestamp('2026-05-08T09:30:00Z'); // '2026-05-08T09:30:00Z'
 */
export function utcTimestamp(iso: string): string {
  if (/z$/i.test(iso)) return iso;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString();
}

/** List formatters by locale, made once per process like the date formatters. */
const nameLists = new Map<string, Intl.ListFormat>();

/** A piece of a list of names: a name with its index in the list, or the words between names. */
export type NamePart = { text: string; index: number } | { text: string; index?: undefined };

/**
 * `names` joined as a reader of `locale` says them ("A, B and C"), in pieces, so each name can
 * become a link.
 *
 * @example
 * nameListParts(['Ana Lima', 'Tom Reed']); // [{ text: 'Ana Lima', index: 0 }, { text: ' and ' }, { text: 'Tom Reed', index: 1 }]
 */
export function nameListParts(names: readonly string[], locale = UTC_EN_GB.locale): NamePart[] {
  let list = nameLists.get(locale);
  if (!list) {
    list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    nameLists.set(locale, list);
  }
  let next = 0;
  return list.formatToParts(names).map((part) => (part.type === 'element' ? { text: part.value, index: next++ } : { text: part.value }));
}

/** How much later than publication (or creation) a save must be to count as an update. */
const UPDATE_THRESHOLD_MS = 10 * 60_000;

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
 * Reading time for display, in whole minutes (at least one), worded by `words` (a message).
 *
 * @example
 * formatReadingTime(4.4); // '4 min read'
 */
export function formatReadingTime(minutes: number, words: (minutes: number) => string = (n) => `${n} min read`): string {
  return words(Math.max(1, Math.round(minutes)));
}
