/**
 * @module
 * The SQLite implementation of `TokenStore`.
 */
import type { DatabaseSync } from 'node:sqlite';
import { type ApiToken, type StoredApiToken, type TokenRole, type TokenStore, TokenNameTakenError } from '../token-store.ts';
import { withoutWaiting } from './connection.ts';
import { isBusy } from './error-codes.ts';
import { transaction } from './transaction.ts';

interface TokenRow {
  id: string;
  name: string;
  role: string;
  hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  expires_at: string | null;
}

const COLUMNS = 'id, name, role, hash, created_at, last_used_at, revoked_at, expires_at';

function toToken(row: TokenRow): StoredApiToken {
  return {
    id: row.id,
    name: row.name,
    role: row.role as TokenRole,
    hash: row.hash,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    expiresAt: row.expires_at,
  };
}

function withoutHash({ hash: _hash, ...token }: StoredApiToken): ApiToken {
  return token;
}

/**
 * The token methods of a store over `db` (migrated to version 2 or later).
 *
 * @example
 * const tokens = sqliteTokenStore(db);
 * await tokens.listTokens();
 */
export function sqliteTokenStore(db: DatabaseSync): TokenStore {
  const byId = (id: string) => db.prepare(`SELECT ${COLUMNS} FROM api_tokens WHERE id = ?`).get(id) as TokenRow | undefined;
  return {
    createToken: async (token) => {
      try {
        db.prepare('INSERT INTO api_tokens (id, name, role, hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)').run(
          token.id,
          token.name,
          token.role,
          token.hash,
          token.createdAt,
          token.expiresAt ?? null,
        );
      } catch (err) {
        if (err instanceof Error && /UNIQUE constraint failed: api_tokens\.name/.test(err.message)) {
          throw new TokenNameTakenError(token.name);
        }
        throw err;
      }
      return withoutHash(toToken(byId(token.id)!));
    },
    listTokens: async () =>
      (db.prepare(`SELECT ${COLUMNS} FROM api_tokens ORDER BY created_at, id`).all() as unknown as TokenRow[]).map((row) =>
        withoutHash(toToken(row)),
      ),
    findTokenByHash: async (hash) => {
      const row = db.prepare(`SELECT ${COLUMNS} FROM api_tokens WHERE hash = ?`).get(hash) as TokenRow | undefined;
      return row ? toToken(row) : null;
    },
    // A use is worth recording, not worth a request: while another process holds the write lock
    // (an import), waiting for it would stall every request in this process, so the use goes unrecorded.
    touchToken: async (id, at) => {
      try {
        withoutWaiting(db, () => db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(at, id));
      } catch (err) {
        if (!isBusy(err)) throw err;
      }
    },
    revokeToken: async (idOrName, at) =>
      transaction(db, () => {
        const row = (byId(idOrName) ??
          db.prepare(`SELECT ${COLUMNS} FROM api_tokens WHERE name = ? AND revoked_at IS NULL`).get(idOrName)) as
          | TokenRow
          | undefined;
        if (!row) return null;
        db.prepare('UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?').run(at, row.id);
        return withoutHash(toToken(byId(row.id)!));
      }),
  };
}
