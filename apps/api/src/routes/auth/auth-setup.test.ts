/**
 * @module
 * Tests of setup, invitation and reset links through the app over a real store (SQLite, and
 * PostgreSQL in the `postgres` project).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { createLink } from '../../services/accounts/links.ts';
import { createPerson, firstAdminLink, resetLink } from '../../services/accounts/people.ts';
import type { Store } from '../../store/store.ts';
import { sessionCookieOf, signedIn, TEST_PASSWORD } from '../../testing/accounts.ts';
import { NOW, testStore } from '../../testing/fixtures.ts';
import { checkedRequest } from '../../testing/openapi-check.ts';

const HOUR = 3_600_000;
const DESK = 'https://news.example.org';

let store: Store;
let clock: Date;
let app: ReturnType<typeof createApp>;
let request: Awaited<ReturnType<typeof checkedRequest>>;
beforeEach(async () => {
  store = await testStore();
  clock = NOW;
  app = createApp({ store, now: () => clock, accounts: { deskUrl: DESK } });
  request = await checkedRequest(app);
});
afterEach(async () => {
  await store.close();
});

const tokenOf = (url: string) => {
  expect(url).toMatch(new RegExp(`^${DESK}/desk/setup/[\\w-]{43}$`));
  return url.slice(url.lastIndexOf('/') + 1);
};
const setup = (body: unknown, headers: Record<string, string> = {}) =>
  request('/v1/auth/setup', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
const signIn = (email: string, password: string) =>
  app.request('/v1/auth/sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

describe('the first admin', () => {
  it('sets up an account from the setup link, once', async () => {
    const link = (await firstAdminLink(store, DESK, clock))!;
    const token = tokenOf(link.url);
    expect(link.expiresAt).toBe(new Date(NOW.getTime() + 24 * HOUR).toISOString());
    const info = await request(`/v1/auth/setup/${token}`);
    expect([info.status, await info.json()]).toEqual([200, { kind: 'setup', role: 'admin' }]);
    const res = await setup({ token, name: 'Ana Lima', email: 'Ana@Example.org', password: TEST_PASSWORD }, { Origin: DESK });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ user: { name: 'Ana Lima', email: 'ana@example.org', role: 'admin' } });
    const cookie = sessionCookieOf(res)!;
    expect((await request('/v1/auth/session', { headers: { Cookie: cookie } })).status).toBe(200);
    expect(await firstAdminLink(store, DESK, clock)).toBeNull();
    // Single use.
    expect((await request(`/v1/auth/setup/${token}`)).status).toBe(410);
    const again = await setup({ token, name: 'Mallory', email: 'mallory@example.org', password: TEST_PASSWORD });
    expect(again.status).toBe(410);
    expect((await setup({ token, password: TEST_PASSWORD })).status).toBe(410);
    expect(await store.findUserByEmail('mallory@example.org')).toBeNull();
    expect((await signIn('ana@example.org', TEST_PASSWORD)).status).toBe(200);
  });

  it('refuses a setup link 24 hours after it was made', async () => {
    const token = tokenOf((await firstAdminLink(store, DESK, clock))!.url);
    clock = new Date(NOW.getTime() + 24 * HOUR - 1000);
    expect((await request(`/v1/auth/setup/${token}`)).status).toBe(200);
    clock = new Date(NOW.getTime() + 24 * HOUR);
    expect((await request(`/v1/auth/setup/${token}`)).status).toBe(410);
    const res = await setup({ token, name: 'Ana', email: 'ana@example.org', password: TEST_PASSWORD });
    expect([res.status, (await res.json()).detail]).toEqual([
      410,
      'This link is unknown, has been used or has expired; ask an admin for a new one.',
    ]);
  });

  it('names what is missing or invalid, and refuses an untrusted origin', async () => {
    const token = tokenOf((await firstAdminLink(store, DESK, clock))!.url);
    const incomplete = await setup({ token, password: TEST_PASSWORD });
    expect(incomplete.status).toBe(400);
    expect((await incomplete.json()).errors).toEqual([
      { path: 'name', message: 'required for a setup or invitation link' },
      { path: 'email', message: 'required for a setup or invitation link' },
    ]);
    const invalid = await setup({ token, name: 'Ana', email: 'not an address', password: 'short' });
    expect((await invalid.json()).errors).toEqual([
      { path: 'email', message: 'must be an e-mail address' },
      { path: 'password', message: 'must be 10 to 200 characters' },
    ]);
    expect(
      (await setup({ token, name: 'Ana', email: 'ana@example.org', password: TEST_PASSWORD }, { Origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect((await request(`/v1/auth/setup/${token}`)).status).toBe(200);
    expect((await request('/v1/auth/setup/unknown-token')).status).toBe(410);
  });
});

describe('invitations', () => {
  it('lets an admin invite a contributor, who sets up an account with the role and signs in', async () => {
    const admin = await signedIn(app, store, 'admin');
    const invited = await request('/v1/users/invitations', {
      method: 'POST',
      headers: { ...admin.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'Cy@Example.org', role: 'contributor', name: 'Cy' }),
    });
    expect(invited.status).toBe(201);
    const { url, expiresAt } = await invited.json();
    expect(expiresAt).toBe(new Date(NOW.getTime() + 7 * 24 * HOUR).toISOString());
    const token = tokenOf(url);
    expect(await (await request(`/v1/auth/setup/${token}`)).json()).toEqual({
      kind: 'invite',
      email: 'cy@example.org',
      name: 'Cy',
      role: 'contributor',
    });
    const otherAddress = await setup({ token, name: 'Cy', email: 'someone@example.org', password: TEST_PASSWORD });
    expect([otherAddress.status, (await otherAddress.json()).errors]).toEqual([
      400,
      [{ path: 'email', message: 'this invitation is for cy@example.org' }],
    ]);
    const res = await setup({ token, name: 'Cy Twombly', email: 'cy@example.org', password: TEST_PASSWORD });
    expect(res.status).toBe(201);
    expect((await res.json()).user).toMatchObject({ name: 'Cy Twombly', role: 'contributor' });
    const contributor = sessionCookieOf(res)!;
    // A contributor does not manage people.
    expect((await request('/v1/users', { headers: { Cookie: contributor } })).status).toBe(403);
    expect((await signIn('cy@example.org', TEST_PASSWORD)).status).toBe(200);
  });

  it('refuses an invitation for an address that has an account, and a second account on redemption', async () => {
    const admin = await signedIn(app, store, 'admin', 'boss@example.org');
    const invite = (email: string) =>
      request('/v1/users/invitations', {
        method: 'POST',
        headers: { ...admin.headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, role: 'editor' }),
      });
    expect((await invite('boss@example.org')).status).toBe(409);
    const open = await createLink(store, { kind: 'invite', role: 'editor' }, DESK, clock);
    const res = await setup({ token: open.token, name: 'Boss', email: 'boss@example.org', password: TEST_PASSWORD });
    expect(res.status).toBe(409);
    // The link is still good for another address.
    expect((await setup({ token: open.token, name: 'Dee', email: 'dee@example.org', password: TEST_PASSWORD })).status).toBe(201);
  });
});

describe('password reset', () => {
  it('sets a new password, ends every other session and signs the person in, once, within the hour', async () => {
    await createPerson(store, { email: 'ana@example.org', name: 'Ana', role: 'editor', password: TEST_PASSWORD });
    const old = sessionCookieOf(await signIn('ana@example.org', TEST_PASSWORD))!;
    const link = (await resetLink(store, 'ANA@example.org', DESK, clock))!;
    expect(link.expiresAt).toBe(new Date(NOW.getTime() + HOUR).toISOString());
    const token = tokenOf(link.url);
    expect(await (await request(`/v1/auth/setup/${token}`)).json()).toEqual({ kind: 'reset', email: 'ana@example.org', role: 'editor' });
    const res = await setup({ token, password: 'a brand new passphrase' });
    expect(res.status).toBe(201);
    expect((await request('/v1/auth/session', { headers: { Cookie: old } })).status).toBe(401);
    expect((await request('/v1/auth/session', { headers: { Cookie: sessionCookieOf(res)! } })).status).toBe(200);
    expect((await signIn('ana@example.org', TEST_PASSWORD)).status).toBe(401);
    expect((await signIn('ana@example.org', 'a brand new passphrase')).status).toBe(200);
    expect((await setup({ token, password: 'yet another passphrase' })).status).toBe(410);

    const late = tokenOf((await resetLink(store, 'ana@example.org', DESK, clock))!.url);
    clock = new Date(NOW.getTime() + HOUR);
    expect((await setup({ token: late, password: 'yet another passphrase' })).status).toBe(410);
    expect(await resetLink(store, 'nobody@example.org', DESK, clock)).toBeNull();
  });
});
