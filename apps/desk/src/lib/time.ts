/**
 * @module
 * Times in the newsroom's time zone (DESK_TIME_ZONE, else the browser's): shown and typed there,
 * stored in UTC.
 */

/**
 * The newsroom's time zone on the server: DESK_TIME_ZONE when it names a zone, else null (the
 * browser's own is used).
 */
export function configuredTimeZone(env: Record<string, string | undefined> = process.env): string | null {
  const zone = env.DESK_TIME_ZONE?.trim();
  if (!zone) return null;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}

/**
 * A time for people, in `timeZone`, with the zone's short name.
 *
 * @example
 * formatTime('2026-05-09T08:00:00Z', 'Europe/London'); // '9 May 2026, 09:00 BST'
 */
export function formatTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** The wall-clock parts of `date` in `timeZone`. */
function wallClock(date: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
}

/**
 * A `datetime-local` value (`YYYY-MM-DDTHH:mm`, seconds optional) read in `timeZone`, as a UTC ISO time; null when
 * it is not a time.
 *
 * @example
 * zonedToUtc('2026-07-01T09:30', 'Europe/London'); // '2026-07-01T08:30:00.000Z'
 */
export function zonedToUtc(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi, sec] = match.map((part) => Number(part ?? 0)) as [number, number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, sec);
  // The zone's offset at that moment, found from the guess and corrected once for a DST change.
  let guess = asUtc - (wallClock(new Date(asUtc), timeZone) - asUtc);
  guess = asUtc - (wallClock(new Date(guess), timeZone) - guess);
  return new Date(guess).toISOString();
}

/**
 * A UTC time as a `datetime-local` value in `timeZone`.
 *
 * @example
 * utcToZoned('2026-07-01T08:30:00Z', 'Europe/London'); // '2026-07-01T09:30'
 */
export function utcToZoned(iso: string, timeZone: string): string {
  return new Date(wallClock(new Date(iso), timeZone)).toISOString().slice(0, 16);
}
