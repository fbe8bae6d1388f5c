/**
 * @module
 * Keyset paging, once for every listing: a query asks for one row more than the page holds, and
 * that extra row, never shown, is how a listing knows another page follows without counting.
 */

/** A page of a listing and the cursor of the page after it (null on the last page). */
export interface Page<Row> {
  items: Row[];
  nextCursor: string | null;
}

/**
 * The first `limit` of `rows` (read with `LIMIT limit + 1`) and, when more rows came back than
 * fit, the cursor `cursorAfter` makes from the last row kept.
 *
 * @example
 * const rows = await sql`SELECT … ORDER BY created_at, id LIMIT ${limit + 1}`;
 * const { items, nextCursor } = pageOf(rows, limit, (last) => encodeCursor({ order, at: last.createdAt, id: last.id }));
 */
export function pageOf<Row>(rows: readonly Row[], limit: number, cursorAfter: (last: Row) => string): Page<Row> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? cursorAfter(last) : null };
}
