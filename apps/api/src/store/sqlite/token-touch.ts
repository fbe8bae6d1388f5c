/**
 * @module
 * Recording a token's use on SQLite. A use is worth recording, not worth a request: while another
 * process holds the write lock (an import), waiting for it would stall every request in this
 * process, so the use goes unrecorded.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { TokenStore } from '../token-store.ts';
import { withoutWaiting } from './connection.ts';
import { isBusy } from './error-codes.ts';
import { statement } from './statements.ts';

/**
 * `touchToken` over `db`.
 *
 * @example
 * await sqliteTouchToken(db)('t1', new Date().toISOString());
 */
export function sqliteTouchToken(db: DatabaseSync): TokenStore['touchToken'] {
  return async (id, at) => {
    try {
      withoutWaiting(db, () => statement(db, 'UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(at, id));
    } catch (err) {
      if (!isBusy(err)) throw err;
    }
  };
}
