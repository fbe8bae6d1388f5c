/**
 * @module
 * The token part of the storage contract: API tokens are stored as a SHA-256 hash of their
 * secret, never the secret itself, so a copy of the database grants no access.
 */

/**
 * What a token or a person may do: `admin` everything (and manages people), `editor` writes and
 * publishes anything, `contributor` writes its own drafts and submits them for review, `moderator`
 * moderates comments. Tokens and accounts share the roles.
 */
export const ROLES = ['editor', 'moderator', 'admin', 'contributor'] as const;
export type Role = (typeof ROLES)[number];

/** The roles a token may have: all of them (the name predates accounts). */
export const TOKEN_ROLES = ROLES;
export type TokenRole = Role;

/** A token as listed to its owners: everything but the hash. */
export interface ApiToken {
  id: string;
  /** Unique among tokens that are not revoked, so a token can be revoked by name. */
  name: string;
  role: TokenRole;
  createdAt: string;
  /** Updated at most once a minute (see `touchToken`); null when never used. */
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A token with the hash of its secret, as the authentication check reads it. */
export interface StoredApiToken extends ApiToken {
  /** SHA-256 of the secret, hex. */
  hash: string;
}

/** What `createToken` stores. */
export interface NewApiToken {
  id: string;
  name: string;
  role: TokenRole;
  hash: string;
  createdAt: string;
}

/**
 * Storage of API tokens.
 *
 * @example
 * await store.createToken({ id, name: 'newsdesk', role: 'editor', hash, createdAt: new Date().toISOString() });
 * const token = await store.findTokenByHash(hash);
 */
export interface TokenStore {
  /** Stores a new token; throws `TokenNameTakenError` when an unrevoked token has this name. */
  createToken(token: NewApiToken): Promise<ApiToken>;
  /** Every token, revoked ones included, oldest first. */
  listTokens(): Promise<ApiToken[]>;
  /** The token (revoked or not) whose secret has this hash, or null. */
  findTokenByHash(hash: string): Promise<StoredApiToken | null>;
  /**
   * Records a use of the token at `at`, unless the row or the database is locked by another
   * writer: then the use goes unrecorded rather than making the request wait.
   */
  touchToken(id: string, at: string): Promise<void>;
  /**
   * Revokes the token with this id, or else the unrevoked token with this name, at `at`. Returns
   * it as revoked (revoking twice keeps the first time), or null when nothing matches.
   */
  revokeToken(idOrName: string, at: string): Promise<ApiToken | null>;
}

/** A token name already used by a token that is not revoked. */
export class TokenNameTakenError extends Error {
  override name = 'TokenNameTakenError';
  constructor(tokenName: string) {
    super(`A token named "${tokenName}" already exists; revoke it first or choose another name.`);
  }
}
