/**
 * @module
 * Recording a session's use on PostgreSQL: SKIP LOCKED, as for tokens (token-touch.ts), leaves a
 * row another transaction is changing alone rather than waiting for it.
 */
import type { AccountStore } from '../account-store.ts';
import type { Sql } from './connection.ts';

/**
 * `touchSession` over `sql`.
 *
 * @example
 * await postgresTouchSession(sql)(idHash, userId, new Date().toISOString());
 */
export function postgresTouchSession(sql: Sql): AccountStore['touchSession'] {
  return async (idHash, userId, at) => {
    await sql`
      WITH s AS (
        UPDATE sessions SET last_seen_at = ${at}
        WHERE id_hash = (SELECT id_hash FROM sessions WHERE id_hash = ${idHash} FOR UPDATE SKIP LOCKED)
      )
      UPDATE users SET last_seen_at = ${at}
      WHERE id = (SELECT id FROM users WHERE id = ${userId} FOR UPDATE SKIP LOCKED)`;
  };
}
