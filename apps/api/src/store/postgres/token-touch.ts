/**
 * @module
 * Recording a token's use on PostgreSQL: SKIP LOCKED leaves a row another transaction is changing
 * (a revocation) alone rather than waiting for it, and the use goes unrecorded.
 */
import type { TokenStore } from '../token-store.ts';
import type { Sql } from './connection.ts';

/**
 * `touchToken` over `sql`.
 *
 * @example
 * await postgresTouchToken(sql)('t1', new Date().toISOString());
 */
export function postgresTouchToken(sql: Sql): TokenStore['touchToken'] {
  return async (id, at) => {
    await sql`
      UPDATE api_tokens SET last_used_at = ${at}
      WHERE id = (SELECT id FROM api_tokens WHERE id = ${id} FOR UPDATE SKIP LOCKED)`;
  };
}
