/**
 * @module
 * Recording a session's use on SQLite. Bookkeeping, as for tokens (token-touch.ts): while another
 * process holds the write lock (an import), the use goes unrecorded rather than stalling the
 * request; the next request records it.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { AccountStore } from '../account-store.ts';
import { withoutWaiting } from './connection.ts';
import { isBusy } from './error-codes.ts';
import { statement } from './statements.ts';
import { transaction } from './transaction.ts';

/**
 * `touchSession` over `db`.
 *
 * @example
 * await sqliteTouchSession(db)(idHash, userId, new Date().toISOString());
 */
export function sqliteTouchSession(db: DatabaseSync): AccountStore['touchSession'] {
  return async (idHash, userId, at) => {
    try {
      withoutWaiting(db, () =>
        transaction(db, () => {
          statement(db, 'UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?').run(at, idHash);
          statement(db, 'UPDATE users SET last_seen_at = ? WHERE id = ?').run(at, userId);
        }),
      );
    } catch (err) {
      if (!isBusy(err)) throw err;
    }
  };
}
