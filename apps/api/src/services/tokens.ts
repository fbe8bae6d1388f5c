/**
 * @module
 * API tokens: issuing, listing, revoking, and checking a presented secret. A secret is shown once
 * when it is created; only its SHA-256 hash is stored.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { type ApiToken, TOKEN_ROLES, type Store, type TokenRole } from '../store/store.ts';

/** The prefix of every secret, so a leaked one is recognisable (for example by secret scanners). */
const TOKEN_PREFIX = 'dl_';

/** How stale `lastUsedAt` may get before a use is written: a write per request would cost more than it tells. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** A newly created token and its secret, which is not stored and cannot be shown again. */
export interface CreatedToken {
  token: ApiToken;
  secret: string;
}

/**
 * Who a request is acting as: an API token, or a person signed in with a browser session. Role
 * checks treat both alike.
 */
export interface Principal {
  kind: 'token' | 'user';
  /** The token's id or the person's id. */
  id: string;
  /** The token's name or the person's display name. */
  name: string;
  role: TokenRole;
  /** The token's id again, for the code paths that predate accounts (tokens only). */
  tokenId?: string;
}

/**
 * Whether `role` may act as `required`: each role allows itself, `admin` allows everything, and
 * `editor` also allows what a `contributor` may do.
 *
 * @example
 * roleAllows('admin', 'moderator'); // true
 * roleAllows('editor', 'contributor'); // true
 * roleAllows('editor', 'moderator'); // true: editors moderate comments too
 * roleAllows('moderator', 'contributor'); // false
 */
export function roleAllows(role: TokenRole, required: TokenRole): boolean {
  return role === 'admin' || role === required || (role === 'editor' && (required === 'contributor' || required === 'moderator'));
}

/**
 * The roles that pass a check for `required`, for messages.
 *
 * @example
 * rolesAllowed('moderator'); // 'moderator, editor or admin'
 */
export function rolesAllowed(required: TokenRole): string {
  const roles = (['contributor', 'moderator', 'editor', 'admin'] as const).filter((r) => roleAllows(r, required));
  return roles.length === 1 ? roles[0]! : `${roles.slice(0, -1).join(', ')} or ${roles.at(-1)}`;
}

/**
 * Whether `value` names a role.
 *
 * @example
 * isTokenRole('editor'); // true
 */
export function isTokenRole(value: string): value is TokenRole {
  return (TOKEN_ROLES as readonly string[]).includes(value);
}

/**
 * The hash stored for a secret: SHA-256, hex. A fast hash is enough because the secret has 256
 * random bits; nobody can guess it, so slowing guesses down buys nothing.
 *
 * @example
 * hashSecret('dl_…'); // 64 hex digits
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Creates a token named `name` with `role`, expiring at `expiresAt` if given. Throws
 * `TokenNameTakenError` when a live token has that name.
 *
 * @example
 * const { secret } = await createToken(store, { name: 'newsdesk', role: 'editor' });
 */
export async function createToken(
  store: Store,
  init: { name: string; role: TokenRole; expiresAt?: Date | undefined },
  now: Date = new Date(),
): Promise<CreatedToken> {
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const token = await store.createToken({
    id: randomUUID(),
    name: init.name,
    role: init.role,
    hash: hashSecret(secret),
    createdAt: now.toISOString(),
    expiresAt: init.expiresAt?.toISOString() ?? null,
  });
  return { token, secret };
}

/**
 * The principal a presented secret stands for, or null when it is unknown, revoked or expired. Records the
 * use (at most once per `LAST_USED_RESOLUTION_MS`).
 *
 * The lookup is by hash, so what a timing attacker could learn is a prefix of the hash of their own
 * guess, which says nothing about a real secret; the final comparison is constant-time all the same.
 *
 * @example
 * const principal = await verifySecret(store, bearer, new Date());
 * if (principal && roleAllows(principal.role, 'editor')) { … }
 */
export async function verifySecret(store: Store, secret: string, now: Date = new Date()): Promise<Principal | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const hash = hashSecret(secret);
  const stored = await store.findTokenByHash(hash);
  if (!stored || stored.revokedAt !== null) return null;
  // An expired token is refused like a revoked one (a 401 asking for another token).
  if (stored.expiresAt !== null && now.getTime() >= Date.parse(stored.expiresAt)) return null;
  if (!timingSafeEqual(Buffer.from(stored.hash, 'hex'), Buffer.from(hash, 'hex'))) return null;
  const last = stored.lastUsedAt === null ? 0 : Date.parse(stored.lastUsedAt);
  // Recording the use is bookkeeping: a database that cannot take the write must not fail the request.
  if (now.getTime() - last >= LAST_USED_RESOLUTION_MS) await store.touchToken(stored.id, now.toISOString()).catch(() => undefined);
  return { kind: 'token', id: stored.id, name: stored.name, role: stored.role, tokenId: stored.id };
}

/**
 * Every token, revoked ones included, oldest first.
 *
 * @example
 * for (const t of await listTokens(store)) console.log(t.name, t.role);
 */
export function listTokens(store: Store): Promise<ApiToken[]> {
  return store.listTokens();
}

/**
 * Revokes the token with this id or (live) name; null when there is none.
 *
 * @example
 * await revokeToken(store, 'newsdesk');
 */
export function revokeToken(store: Store, idOrName: string, now: Date = new Date()): Promise<ApiToken | null> {
  return store.revokeToken(idOrName, now.toISOString());
}
