/**
 * @module
 * Many writes in one transaction, yet each with its own outcome.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { BatchFailure } from '../transfer-store.ts';
import { isBusy } from './error-codes.ts';
import { transaction } from './transaction.ts';

/**
 * Runs `write` for every item in one transaction. If any item throws, the whole transaction is
 * undone and the items are written again one transaction each, so that only the failing ones
 * fail (as `BatchFailure`s in their place) and none leaves a row behind. Savepoints per item
 * would do the same in one pass, but each one makes the full-text index flush its pending
 * entries, which costs more than the rare second pass.
 *
 * @example
 * inOneTransaction(db, comments, (c) => restoreComment(db, c));
 */
export function inOneTransaction<T, R>(db: DatabaseSync, items: readonly T[], write: (item: T) => R): (R | BatchFailure)[] {
  try {
    return transaction(db, () => items.map(write));
  } catch (err) {
    // Another process holds the lock: each item alone would wait for it in turn, and fail the same.
    if (isBusy(err)) throw err;
    return items.map((item) => {
      try {
        return transaction(db, () => write(item));
      } catch (err) {
        return { outcome: 'failed', error: err instanceof Error ? err : new Error(String(err)) };
      }
    });
  }
}
