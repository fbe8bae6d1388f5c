/**
 * @module
 * Managing people: inviting, listing, changing roles and deactivating (admins, through the API),
 * and creating accounts or reset links from the CLI. The last active admin can be neither demoted
 * nor deactivated, so a newsroom cannot lock itself out of managing people.
 */
import { randomUUID } from 'node:crypto';
import { EmailTakenError, type Role, type Store, type User, type UserChange } from '../../store/store.ts';
import { normaliseEmail } from './emails.ts';
import { createLink, type CreatedLink } from './links.ts';
import { hashPassword } from './passwords.ts';

/** A change that would leave no active admin. */
export class LastAdminError extends Error {
  override name = 'LastAdminError';
  constructor() {
    super('This is the last active admin; make someone else an admin first.');
  }
}

/**
 * Invites someone: a link that creates an account with `role` (and, when given, that address).
 * Throws `EmailTakenError` when the address has an account already.
 *
 * @example
 * const { url, expiresAt } = await invitePerson(store, { email: 'ana@example.org', role: 'contributor' }, deskUrl);
 */
export async function invitePerson(
  store: Store,
  init: { email: string; role: Role; name?: string | undefined },
  deskUrl: string,
  now: Date = new Date(),
): Promise<CreatedLink> {
  const email = normaliseEmail(init.email);
  if (await store.findUserByEmail(email)) throw new EmailTakenError(email);
  return createLink(store, { kind: 'invite', role: init.role, email, name: init.name ?? null }, deskUrl, now);
}

/**
 * Changes a person's role or active flag (deactivating ends their sessions). Null when nobody has
 * this id; throws `LastAdminError` when it would leave no active admin.
 *
 * @example
 * await changePerson(store, id, { active: false });
 */
export async function changePerson(store: Store, id: string, change: UserChange): Promise<User | null> {
  const user = await store.getUser(id);
  if (!user) return null;
  const staysAdmin = (change.role ?? user.role) === 'admin' && (change.active ?? user.active);
  if (user.role === 'admin' && user.active && !staysAdmin && (await store.countActiveAdmins()) <= 1) throw new LastAdminError();
  return store.updateUser(id, change);
}

/**
 * Creates an account with a password straight away (the CLI's `user create --password`).
 *
 * @example
 * await createPerson(store, { email: 'ana@example.org', name: 'Ana', role: 'admin', password });
 */
export async function createPerson(
  store: Store,
  init: { email: string; name: string; role: Role; password: string },
  now: Date = new Date(),
): Promise<User> {
  return store.createUser({
    id: randomUUID(),
    email: normaliseEmail(init.email),
    name: init.name.trim(),
    role: init.role,
    passwordHash: await hashPassword(init.password),
    createdAt: now.toISOString(),
  });
}

/**
 * A one-time link to set up an admin account, for `dateline serve` on a database without an
 * active admin; null when there is one.
 *
 * @example
 * const link = await firstAdminLink(store, deskUrl);
 * if (link) logger.info(`Set up the first admin: ${link.url}`);
 */
export async function firstAdminLink(store: Store, deskUrl: string, now: Date = new Date()): Promise<CreatedLink | null> {
  if ((await store.countActiveAdmins()) > 0) return null;
  return createLink(store, { kind: 'setup', role: 'admin' }, deskUrl, now);
}

/**
 * A one-time link to choose a new password, for the person with this address; null when there is
 * no such (active) person.
 *
 * @example
 * const link = await resetLink(store, 'ana@example.org', deskUrl);
 */
export async function resetLink(store: Store, email: string, deskUrl: string, now: Date = new Date()): Promise<CreatedLink | null> {
  const user = await store.findUserByEmail(normaliseEmail(email));
  if (!user?.active) return null;
  return createLink(store, { kind: 'reset', role: user.role, userId: user.id }, deskUrl, now);
}
