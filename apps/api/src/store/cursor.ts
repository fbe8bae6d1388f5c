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
  return (o === 'newest' || o === 'oldest' || o === 'updated') && typeof t === 'string' && !Number.isNaN(Date.parse(t)) && typeof i === 'string' && i !== '';
}
