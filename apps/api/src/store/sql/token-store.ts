/**
 * @module
 * `TokenStore` on both databases. Only recording a use differs between them (how a write skips a
 * lock rather than waiting for it), so each database passes its own `touchToken` (token-touch.ts).
 */
import { type ApiToken, type StoredApiToken, type TokenRole, type TokenStore, TokenNameTakenError } from '../token-store.ts';
import { type Db, isoTime, isoTimeOrNull } from './db.ts';

interface TokenRow {
  id: string;
  name: string;
  role: string;
  hash: string;
  created_at: string | Date;
  last_used_at: string | Date | null;
  revoked_at: string | Date | null;
  expires_at: string | Date | null;
}

const COLUMNS = 'id, name, role, hash, created_at, last_used_at, revoked_at, expires_at';

function toToken(row: TokenRow): StoredApiToken {
  return {
    id: row.id,
    name: row.name,
    role: row.role as TokenRole,
    hash: row.hash,
    createdAt: isoTime(row.created_at),
    lastUsedAt: isoTimeOrNull(row.last_used_at),
    revokedAt: isoTimeOrNull(row.revoked_at),
    expiresAt: isoTimeOrNull(row.expires_at),
  };
}

function withoutHash({ hash: _hash, ...token }: StoredApiToken): ApiToken {
  return token;
}

/**
 * The token methods of a store over `db` (migrated to version 19 or later), recording uses with
 * the database's own `touchToken`.
 *
 * @example
 * const tokens = tokenStore(sqliteDb(db), sqliteTouchToken(db));
 * await tokens.listTokens();
 */
export function tokenStore(db: Db, touchToken: TokenStore['touchToken']): TokenStore {
  return {
    // The live-name index is named as the conflict target, so a clash on anything else still throws.
    createToken: async (token) => {
      const row = await db.get<TokenRow>(
        `INSERT INTO api_tokens (id, name, role, hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (name) WHERE revoked_at IS NULL DO NOTHING RETURNING ${COLUMNS}`,
        [token.id, token.name, token.role, token.hash, token.createdAt, token.expiresAt ?? null],
      );
      if (!row) throw new TokenNameTakenError(token.name);
      return withoutHash(toToken(row));
    },
    listTokens: async () =>
      (await db.all<TokenRow>(`SELECT ${COLUMNS} FROM api_tokens ORDER BY created_at, id`)).map((row) => withoutHash(toToken(row))),
    findTokenByHash: async (hash) => {
      const row = await db.get<TokenRow>(`SELECT ${COLUMNS} FROM api_tokens WHERE hash = ?`, [hash]);
      return row ? toToken(row) : null;
    },
    touchToken,
    // One statement, so the token found is the token revoked without a transaction around them.
    revokeToken: async (idOrName, at) => {
      const row = await db.get<TokenRow>(
        `UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?)
         WHERE id = COALESCE((SELECT id FROM api_tokens WHERE id = ?), (SELECT id FROM api_tokens WHERE name = ? AND revoked_at IS NULL))
         RETURNING ${COLUMNS}`,
        [at, idOrName, idOrName],
      );
      return row ? withoutHash(toToken(row)) : null;
    },
  };
}
