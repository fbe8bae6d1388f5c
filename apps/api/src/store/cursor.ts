/**
 * @module
 * Listing cursors: the position after the last item of a page, as opaque base64url JSON. A
 * position (time, id) rather than an offset keeps pages from repeating or skipping articles when
 * new ones are published between requests.
 */
import { type ArticleOrder, InvalidCursorError } from './store.ts';

/** Where the previous page ended, and in which order it was read. */
export interface CursorPosition {
  order: ArticleOrder;
  /** The sort time of the last item (ISO 8601, UTC). */
  at: string;
  /** The id of the last item, breaking ties between equal times. */
  id: string;
}

/**
 * The opaque cursor for a position.
 *
 * @example
 * encodeCursor({ order: 'newest', at: '2026-05-08T09:30:00.000Z', id: 'a1' }); // 'eyJvIjoibmV3ZXN0Ii…'
 */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify({ o: position.order, t: position.at, i: position.id })).toString('base64url');
}

/**
 * The position in `cursor`, checked against the order of the current request. Throws
 * `InvalidCursorError` for anything `encodeCursor` did not produce, or a cursor of the other order.
 *
 * @example
 * decodeCursor(encodeCursor({ order: 'newest', at: '2026-05-08T09:30:00.000Z', id: 'a1' }), 'newest');
 */
export function decodeCursor(cursor: string, order: ArticleOrder): CursorPosition {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('is not a cursor this API issued');
  }
  if (!isCursorJson(value)) throw new InvalidCursorError('is not a cursor this API issued');
  if (value.o !== order) throw new InvalidCursorError(`was issued for order=${value.o}, not order=${order}`);
  return { order: value.o, at: value.t, id: value.i };
}

function isCursorJson(value: unknown): value is { o: ArticleOrder; t: string; i: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { o, t, i } = value as Record<string, unknown>;
  return (o === 'newest' || o === 'oldest' || o === 'updated') && isCursorTime(t) && isCursorText(i);
}

/**
 * Whether a cursor's time is one both databases accept: an ISO 8601 UTC time as `toISOString`
 * writes it, years 1 to 9999 (JavaScript dates reach +275760 and year 0, which PostgreSQL refuses).
 *
 * @example
 * isCursorTime('2026-05-08T09:30:00.000Z'); // true
 * isCursorTime('+275760-09-13T00:00:00.000Z'); // false
 */
export function isCursorTime(value: unknown): value is string {
  return typeof value === 'string' && /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * Whether a cursor's id, slug or type is text both databases accept: 1 to 200 characters, none
 * of them NUL (which PostgreSQL cannot take).
 *
 * @example
 * isCursorText('a1'); // true
 * isCursorText('a\u0000b'); // false
 */
export function isCursorText(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.length <= 200 && !value.includes('\u0000');
}

/**
 * Whether a cursor's count or index fits the databases' 32-bit integer columns, from 0.
 *
 * @example
 * isCursorInt(3); // true
 * isCursorInt(1e308); // false
 */
export function isCursorInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 2_147_483_647;
}
