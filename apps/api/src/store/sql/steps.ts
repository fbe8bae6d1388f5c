/**
 * @module
 * Statements written once for a caller that runs them at once and one that awaits them. The
 * article paths save inside a synchronous transaction on SQLite (a batch import must not queue
 * behind the query layer's turns) and an awaited one on PostgreSQL, so what they write along the
 * way is a generator of steps: each `yield*` of `get` or `run` hands a statement to the
 * runner and gets its result back. `sqlite/steps.ts` runs the steps synchronously; `awaitSteps`
 * runs them on any `Db`.
 */
import type { Db, DbValue, Steps } from './db.ts';

/**
 * The first row of `text`, or undefined, as a step.
 *
 * @example
 * const row = yield* get<{ id: string }>('SELECT id FROM articles WHERE slug = ?', [slug]);
 */
export function* get<Row>(text: string, values: readonly DbValue[] = []): Steps<Row | undefined> {
  return (yield { op: 'get', text, values }) as Row | undefined;
}

/**
 * Runs `text` as a step; resolves to the number of rows it inserted, changed or deleted.
 *
 * @example
 * yield* run('DELETE FROM article_slug_redirects WHERE slug = ?', [slug]);
 */
export function* run(text: string, values: readonly DbValue[] = []): Steps<number> {
  return (yield { op: 'run', text, values }) as number;
}

/**
 * Runs `steps` on `db`, awaiting each statement.
 *
 * @example
 * await awaitSteps(postgresDb(tx), checkExpected(tx, options.expected));
 */
export async function awaitSteps<T>(db: Db, steps: Steps<T>): Promise<T> {
  let next = steps.next();
  while (!next.done) {
    const { op, text, values } = next.value;
    next = steps.next(await db[op](text, values));
  }
  return next.value;
}
