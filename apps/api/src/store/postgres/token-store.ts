/**
 * @module
 * The PostgreSQL implementation of `TokenStore`.
 */
import { type ApiToken, type StoredApiToken, type TokenRole, type TokenStore, TokenNameTakenError } from '../token-store.ts';
import type { Queryable, Sql } from './connection.ts';

interface TokenRow {
  id: string;
  name: string;
  role: string;
  hash: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
  expires_at: Date | null;
}

function toToken(row: TokenRow): StoredApiToken {
  return {
    id: row.id,
    name: row.name,
    role: row.role as TokenRole,
    hash: row.hash,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    expiresAt: row.expires_at?.toISOString() ?? null,
  };
}

function withoutHash({ hash: _hash, ...token }: StoredApiToken): ApiToken {
  return token;
}

async function byId(sql: Queryable, id: string): Promise<TokenRow | undefined> {
  const [row] = await sql<TokenRow[]>`SELECT * FROM api_tokens WHERE id = ${id}`;
  return row;
}

/**
 * The token methods of a store over `sql` (migrated to version 2 or later).
 *
 * @example
 * const tokens = postgresTokenStore(sql);
 * await tokens.listTokens();
 */
export function postgresTokenStore(sql: Sql): TokenStore {
  return {
    createToken: async (token) => {
      try {
        const [row] = await sql<TokenRow[]>`
          INSERT INTO api_tokens (id, name, role, hash, created_at, expires_at)
          VALUES (${token.id}, ${token.name}, ${token.role}, ${token.hash}, ${token.createdAt}, ${token.expiresAt ?? null}) RETURNING *`;
        return withoutHash(toToken(row!));
      } catch (err) {
        if (err instanceof Error && 'constraint_name' in err && err.constraint_name === 'api_tokens_live_name') {
          throw new TokenNameTakenError(token.name);
        }
        throw err;
      }
    },
    listTokens: async () => (await sql<TokenRow[]>`SELECT * FROM api_tokens ORDER BY created_at, id`).map((row) => withoutHash(toToken(row))),
    findTokenByHash: async (hash) => {
      const [row] = await sql<TokenRow[]>`SELECT * FROM api_tokens WHERE hash = ${hash}`;
      return row ? toToken(row) : null;
    },
    // SKIP LOCKED: a row another transaction is changing (a revocation) is left alone, not waited for.
    touchToken: async (id, at) => {
      await sql`
        UPDATE api_tokens SET last_used_at = ${at}
        WHERE id = (SELECT id FROM api_tokens WHERE id = ${id} FOR UPDATE SKIP LOCKED)`;
    },
    revokeToken: (idOrName, at) =>
      sql.begin(async (tx) => {
        const [named] = await tx<TokenRow[]>`SELECT * FROM api_tokens WHERE name = ${idOrName} AND revoked_at IS NULL`;
        const row = (await byId(tx, idOrName)) ?? named;
        if (!row) return null;
        const [revoked] = await tx<TokenRow[]>`
          UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ${at}) WHERE id = ${row.id} RETURNING *`;
        return withoutHash(toToken(revoked!));
      }),
  };
}
