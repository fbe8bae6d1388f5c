/**
 * @module
 * Search cursors: the (score, id) of the last result of a page and the search it belongs to, as
 * opaque base64url JSON. Results are ordered by score, then id, so the next page starts strictly
 * after that pair.
 */
import { decodeOpaque, encodeOpaque, isCursorText } from './cursor.ts';
import { InvalidCursorError } from './store.ts';

/** The times from year 1 to 9999 in milliseconds, which both databases (and `Date`) accept; SQLite's row numbers fit too. */
const ROWID_RANGE = [-62_135_596_800_000, 253_402_300_799_999] as const;

/** Where the previous page of a search ended. */
export interface SearchPosition {
  score: number;
  id: string;
  /**
   * Set when the search lists its matches newest first (a very large result): the last one's
   * index row on SQLite, its time in milliseconds (before 1970 below 0) on PostgreSQL.
   */
  rowid?: number | undefined;
}

/**
 * The cursor after `position` in the search with this fingerprint.
 *
 * @example
 * encodeSearchCursor({ score: 1.5, id: 'a1' }, 'k3j9x0'); // 'eyJzIjoxLjUs…'
 */
export function encodeSearchCursor(position: SearchPosition, fingerprint: string): string {
  return encodeOpaque({ s: position.score, i: position.id, r: position.rowid, f: fingerprint });
}

/**
 * The position in `cursor`, checked against the current search. Throws `InvalidCursorError` for
 * anything `encodeSearchCursor` did not produce, or a cursor of another search.
 *
 * @example
 * decodeSearchCursor(encodeSearchCursor({ score: 1.5, id: 'a1' }, 'k3'), 'k3'); // { score: 1.5, id: 'a1' }
 */
export function decodeSearchCursor(cursor: string, fingerprint: string): SearchPosition {
  const { s, i, r, f } = decodeOpaque(cursor);
  const rowid =
    r === undefined || (Number.isSafeInteger(r) && (r as number) >= ROWID_RANGE[0] && (r as number) <= ROWID_RANGE[1])
      ? (r as number | undefined)
      : null;
  if (typeof s !== 'number' || !Number.isFinite(s) || !isCursorText(i) || typeof f !== 'string' || rowid === null) {
    throw new InvalidCursorError('is not a cursor this API issued');
  }
  if (f !== fingerprint) throw new InvalidCursorError('was issued for another search (q or filters differ)');
  return rowid === undefined ? { score: s, id: i } : { score: s, id: i, rowid };
}
