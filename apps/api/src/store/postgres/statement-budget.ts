/**
 * @module
 * Longer limits for the statements of work known to take long, such as the chunks of a bulk
 * import: a statement that writes fifty stories and their search entries on a busy server can
 * take far longer than the API's usual queries, and cutting it off at their limit loses the whole
 * import. The server's `statement_timeout` and the client's deadline (see deadline.ts) are raised
 * together, for those statements only, so a silent server is still found out.
 */
import type { Queryable } from './connection.ts';
import { queryDeadlineMs, withQueryDeadline } from './deadline.ts';

/**
 * Runs `work` inside transaction `tx` with each statement it sends through the queryable it is
 * given allowed `extraMs` more, on the server and on the client; the usual limits come back once
 * it returns. A `statement_timeout` of 0 (none) stays none.
 *
 * @example
 * await withLongerStatements(tx, 25_000, (sql) => sql`INSERT INTO articles SELECT …`);
 */
export async function withLongerStatements<T>(tx: Queryable, extraMs: number, work: (sql: Queryable) => Promise<T>): Promise<T> {
  const [row] = await tx<{ before: string }[]>`
    SELECT before, set_config('statement_timeout', CASE WHEN before = '0' THEN '0'
      ELSE (extract(epoch FROM before::interval) * 1000 + ${extraMs}::int)::bigint::text END, true)
    FROM (SELECT current_setting('statement_timeout') AS before OFFSET 0) s`;
  const deadline = queryDeadlineMs(tx);
  const result = await work(deadline === undefined ? tx : withQueryDeadline(tx, deadline + extraMs));
  await tx`SELECT set_config('statement_timeout', ${row!.before}, true)`;
  return result;
}
