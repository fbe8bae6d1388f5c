/**
 * @module
 * People (admins only): the list, invitations, roles and deactivation.
 */
import { call, type Transport } from './http.ts';
import type { Person, Role } from './types.ts';

/**
 * Everyone with an account.
 *
 * @example
 * const people = await listPeople(transport);
 */
export async function listPeople(transport: Transport): Promise<Person[]> {
  return (await call<{ items: Person[] }>(transport, 'GET', '/v1/users')).body.items;
}

/**
 * Invites someone; the admin passes the returned one-time link on.
 *
 * @example
 * const { url } = await invite(transport, { email: 'cora@example.org', role: 'contributor' });
 */
export async function invite(
  transport: Transport,
  fields: { email: string; role: Role; name?: string },
): Promise<{ url: string; expiresAt: string }> {
  return (await call<{ url: string; expiresAt: string }>(transport, 'POST', '/v1/users/invitations', { body: fields })).body;
}

/**
 * Changes a person's role, or deactivates (or reactivates) them.
 *
 * @example
 * await updatePerson(transport, id, { active: false });
 */
export async function updatePerson(transport: Transport, id: string, change: { role?: Role; active?: boolean }): Promise<void> {
  await call(transport, 'PATCH', `/v1/users/${encodeURIComponent(id)}`, { body: change });
}
