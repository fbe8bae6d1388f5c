/**
 * @module
 * Search cursors: the (score, id) of the last result of a page and the search it belongs to, as
 * opaque base64url JSON. Results are ordered by score, then id, so the next page starts strictly
 * after that pair.
 */
import { InvalidCursorError } from './store.ts';

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
  return Buffer.from(JSON.stringify({ s: position.score, i: position.id, r: position.rowid, f: fingerprint })).toString('base64url');
}

/**
 * The position in `cursor`, checked against the current search. Throws `InvalidCursorError` for
 * anything `encodeSearchCursor` did not produce, or a cursor of another search.
 *
 * @example
 * decodeSearchCursor(encodeSearchCursor({ score: 1.5, id: 'a1' }, 'k3'), 'k3'); // { score: 1.5, id: 'a1' }
 */
export function decodeSearchCursor(cursor: string, fingerprint: string): SearchPosition {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('is not a cursor this API issued');
  }
  const { s, i, r, f } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const rowid = r === undefined || Number.isSafeInteger(r) ? (r as number | undefined) : null;
  if (typeof s !== 'number' || !Number.isFinite(s) || typeof i !== 'string' || i === '' || typeof f !== 'string' || rowid === null) {
    throw new InvalidCursorError('is not a cursor this API issued');
  }
  if (f !== fingerprint) throw new InvalidCursorError('was issued for another search (q or filters differ)');
  return rowid === undefined ? { score: s, id: i } : { score: s, id: i, rowid };
}
