/**
 * @module
 * The synchronous runner of steps written once for both engines (`sql/steps.ts`): each statement
 * runs at once on the connection, through its kept prepared statement, so steps can run inside a
 * synchronous transaction.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Steps } from '../sql/db.ts';
import { statement } from './statements.ts';

/**
 * Runs `steps` on `db` now and returns what they resolve to.
 *
 * @example
 * runSteps(db, checkExpected(SQLITE_JSON, options.expected)); // inside the save's transaction
 */
export function runSteps<T>(db: DatabaseSync, steps: Steps<T>): T {
  let next = steps.next();
  while (!next.done) {
    const { op, text, values } = next.value;
    const prepared = statement(db, text);
    next = steps.next(
      op === 'run' ? Number(prepared.run(...values).changes) : op === 'get' ? prepared.get(...values) : prepared.all(...values),
    );
  }
  return next.value;
}
