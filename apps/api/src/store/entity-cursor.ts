/**
 * @module
 * Cursors of the entity and quotation listings, as opaque base64url JSON. Each records the sort
 * key of the last item of a page, so the next page starts strictly after it whatever was written
 * in between: entities by (article count, slug, type), quotations by (article time, article id,
 * index in the article).
 */
import { decodeOpaque, encodeOpaque, isCursorInt, isCursorText, isCursorTime } from './cursor.ts';
import { InvalidCursorError } from './store.ts';

/** The last entity of a page: its article count, slug and type. */
export interface EntityPosition {
  count: number;
  slug: string;
  type: string;
}

/** The last quotation of a page: its article's sort time (UTC ISO) and id, and its index there. */
export interface QuotePosition {
  at: string;
  id: string;
  index: number;
}

function decode(cursor: string, kind: string): Record<string, unknown> {
  const record = decodeOpaque(cursor);
  if (typeof record.k !== 'string') throw new InvalidCursorError('is not a cursor this API issued');
  if (record.k !== kind) throw new InvalidCursorError(`was issued for the ${record.k} listing, not ${kind}`);
  return record;
}

/**
 * The cursor after `position` in an entity listing.
 *
 * @example
 * decodeEntityCursor(encodeEntityCursor({ count: 3, slug: 'moscow', type: 'place' })); // { count: 3, slug: 'moscow', type: 'place' }
 */
export function encodeEntityCursor(position: EntityPosition): string {
  return encodeOpaque({ k: 'entities', c: position.count, s: position.slug, t: position.type });
}

/** The position in an entity cursor; throws `InvalidCursorError` for anything else. */
export function decodeEntityCursor(cursor: string): EntityPosition {
  const { c, s, t } = decode(cursor, 'entities');
  if (!isCursorInt(c) || !isCursorText(s) || !isCursorText(t)) {
    throw new InvalidCursorError('is not a cursor this API issued');
  }
  return { count: c, slug: s, type: t };
}

/**
 * The cursor after `position` in a quotation listing.
 *
 * @example
 * encodeQuoteCursor({ at: '2026-05-08T09:30:00.000Z', id: 'a1', index: 2 });
 */
export function encodeQuoteCursor(position: QuotePosition): string {
  return encodeOpaque({ k: 'quotes', t: position.at, i: position.id, n: position.index });
}

/** The position in a quotation cursor; throws `InvalidCursorError` for anything else. */
export function decodeQuoteCursor(cursor: string): QuotePosition {
  const { t, i, n } = decode(cursor, 'quotes');
  if (!isCursorTime(t) || !isCursorText(i) || !isCursorInt(n)) {
    throw new InvalidCursorError('is not a cursor this API issued');
  }
  return { at: t, id: i, index: n };
}
