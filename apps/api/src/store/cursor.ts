/**
 * @module
 * The one cursor codec (opaque base64url JSON, with the checks each field must pass) and the
 * article listing cursor built on it. A position (time, id) rather than an offset keeps pages
 * from repeating or skipping articles when new ones are published between requests. The entity,
 * quotation and search cursors (entity-cursor.ts, search-cursor.ts) are encoded the same way.
 */
import { type ArticleOrder, InvalidCursorError } from './store.ts';

/**
 * The opaque form of a cursor's fields: base64url of their JSON.
 *
 * @example
 * encodeOpaque({ k: 'entities', c: 3 }); // 'eyJrIjoiZW50aXRpZXMiLCJjIjozfQ'
 */
export function encodeOpaque(fields: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(fields)).toString('base64url');
}

/**
 * The fields in an opaque cursor; throws `InvalidCursorError` when it is not base64url JSON of an
 * object (so never one `encodeOpaque` wrote). Each cursor then checks its own fields.
 *
 * @example
 * decodeOpaque(encodeOpaque({ k: 'entities', c: 3 })); // { k: 'entities', c: 3 }
 */
export function decodeOpaque(cursor: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('is not a cursor this API issued');
  }
  if (typeof value !== 'object' || value === null) throw new InvalidCursorError('is not a cursor this API issued');
  return value as Record<string, unknown>;
}

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
  return encodeOpaque({ o: position.order, t: position.at, i: position.id });
}

/**
 * The position in `cursor`, checked against the order of the current request. Throws
 * `InvalidCursorError` for anything `encodeCursor` did not produce, or a cursor of the other order.
 *
 * @example
 * decodeCursor(encodeCursor({ order: 'newest', at: '2026-05-08T09:30:00.000Z', id: 'a1' }), 'newest');
 */
export function decodeCursor(cursor: string, order: ArticleOrder): CursorPosition {
  const value = decodeOpaque(cursor);
  if (!isCursorJson(value)) throw new InvalidCursorError('is not a cursor this API issued');
  if (value.o !== order) throw new InvalidCursorError(`was issued for order=${value.o}, not order=${order}`);
  return { order: value.o, at: value.t, id: value.i };
}

function isCursorJson(value: Record<string, unknown>): value is { o: ArticleOrder; t: string; i: string } {
  const { o, t, i } = value;
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
  return (
    typeof value === 'string' && /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) && !Number.isNaN(Date.parse(value))
  );
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
