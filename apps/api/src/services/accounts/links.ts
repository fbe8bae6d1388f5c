/**
 * @module
 * Single-use, expiring links: the first admin's setup link, invitations and password resets. The
 * system sends no e-mail: the link is printed by the CLI or shown to the admin who invited, who
 * passes it on. Only a hash of the token in the link is stored.
 */
import { randomUUID } from 'node:crypto';
import { EmailTakenError, type LinkKind, type Role, type Store, type User } from '../../store/store.ts';
import { normaliseEmail } from './emails.ts';
import { hashPassword } from './passwords.ts';
import { newSecret, secretHash } from './secrets.ts';
import { type ActiveSession, newSession, type SessionPolicy } from './sessions.ts';

const HOUR = 3_600_000;

/** How long each kind of link stays valid: a day for the first admin, a week for an invitation, an hour for a reset. */
const LINK_LIFETIMES_MS: Record<LinkKind, number> = { setup: 24 * HOUR, invite: 7 * 24 * HOUR, reset: HOUR };

/** Where the desk runs when `DESK_URL` is unset. */
export const DEFAULT_DESK_URL = 'http://127.0.0.1:4322';

/** A link just made. */
export interface CreatedLink {
  token: string;
  url: string;
  expiresAt: string;
}

/**
 * The desk page of a link token.
 *
 * @example
 * linkUrl('https://news.example.org', token); // 'https://news.example.org/desk/setup/…'
 */
function linkUrl(deskUrl: string, token: string): string {
  return `${deskUrl.replace(/\/+$/, '')}/desk/setup/${token}`;
}

/**
 * Makes and stores a link of `kind`.
 *
 * @example
 * const { url } = await createLink(store, { kind: 'invite', role: 'contributor', email: 'ana@example.org' }, deskUrl);
 */
export async function createLink(
  store: Store,
  init: {
    kind: LinkKind;
    role: Role;
    email?: string | null | undefined;
    name?: string | null | undefined;
    userId?: string | null | undefined;
  },
  deskUrl: string,
  now: Date = new Date(),
): Promise<CreatedLink> {
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + LINK_LIFETIMES_MS[init.kind]).toISOString();
  await store.createLinkToken({
    tokenHash: secretHash(token),
    kind: init.kind,
    role: init.role,
    email: init.email ? normaliseEmail(init.email) : null,
    name: init.name ?? null,
    userId: init.userId ?? null,
    createdAt: now.toISOString(),
    expiresAt,
  });
  return { token, url: linkUrl(deskUrl, token), expiresAt };
}

/** What the setup page shows about a link before it is used. */
export interface LinkDescription {
  kind: LinkKind;
  email?: string;
  name?: string;
  role: Role;
}

/**
 * What a usable link is for, or null when it is unknown, used or expired.
 *
 * @example
 * const link = await describeLink(store, token, now); // { kind: 'invite', email: 'ana@example.org', role: 'contributor' }
 */
export async function describeLink(store: Store, token: string, now: Date): Promise<LinkDescription | null> {
  const link = await store.findLinkToken(secretHash(token));
  if (!link || link.usedAt !== null || Date.parse(link.expiresAt) <= now.getTime()) return null;
  let email = link.email;
  if (link.kind === 'reset' && link.userId) email = (await store.getUser(link.userId))?.email ?? null;
  return { kind: link.kind, role: link.role, ...(email !== null && { email }), ...(link.name !== null && { name: link.name }) };
}

/** Why a link could not be redeemed. */
export type RedeemFailure =
  | { kind: 'gone' }
  | { kind: 'email-mismatch'; expected: string }
  | { kind: 'email-taken' }
  | { kind: 'wrong-kind' };

/**
 * Redeems a setup or invitation link: creates the account with the role the link carries and
 * signs its person in. A link made for an address only accepts that address.
 *
 * @example
 * const result = await redeemInvitationLink(store, token, { name, email, password }, now, policy);
 */
export async function redeemInvitationLink(
  store: Store,
  token: string,
  person: { name: string; email: string; password: string },
  now: Date,
  policy: SessionPolicy,
): Promise<{ kind: 'ok'; session: ActiveSession } | RedeemFailure> {
  const link = await store.findLinkToken(secretHash(token));
  if (!link || link.usedAt !== null || Date.parse(link.expiresAt) <= now.getTime()) return { kind: 'gone' };
  if (link.kind === 'reset') return { kind: 'wrong-kind' };
  const email = normaliseEmail(person.email);
  if (link.email !== null && link.email !== email) return { kind: 'email-mismatch', expected: link.email };
  const user: User = {
    id: randomUUID(),
    email,
    name: person.name.trim(),
    role: link.role,
    active: true,
    createdAt: now.toISOString(),
    lastSeenAt: null,
  };
  const { session, active } = newSession(user, now, policy);
  try {
    const created = await store.redeemInvitation(
      link.tokenHash,
      now.toISOString(),
      {
        id: user.id,
        email,
        name: user.name,
        role: user.role,
        passwordHash: await hashPassword(person.password),
        createdAt: user.createdAt,
      },
      session,
    );
    return created ? { kind: 'ok', session: { ...active, user: created } } : { kind: 'gone' };
  } catch (err) {
    if (err instanceof EmailTakenError) return { kind: 'email-taken' };
    throw err;
  }
}

/**
 * Redeems a reset link: sets the new password, ends every other session of the person and signs
 * them in.
 *
 * @example
 * const result = await redeemResetLink(store, token, password, now, policy);
 */
export async function redeemResetLink(
  store: Store,
  token: string,
  password: string,
  now: Date,
  policy: SessionPolicy,
): Promise<{ kind: 'ok'; session: ActiveSession } | RedeemFailure> {
  const link = await store.findLinkToken(secretHash(token));
  if (!link || link.usedAt !== null || Date.parse(link.expiresAt) <= now.getTime()) return { kind: 'gone' };
  if (link.kind !== 'reset') return { kind: 'wrong-kind' };
  const placeholder: User = { id: link.userId ?? '', email: '', name: '', role: link.role, active: true, createdAt: '', lastSeenAt: null };
  const { session, active } = newSession(placeholder, now, policy);
  const { userId: _u, ...fresh } = session;
  const user = await store.redeemReset(link.tokenHash, now.toISOString(), await hashPassword(password), fresh);
  return user ? { kind: 'ok', session: { ...active, user } } : { kind: 'gone' };
}
