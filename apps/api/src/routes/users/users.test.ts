/**
 * @module
 * Tests of the people routes (admins only) through the app over a real store (SQLite, and
 * PostgreSQL in the `postgres` project).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Store } from '../../store/store.ts';
import { signedIn, type SignedIn, TEST_PASSWORD } from '../../testing/accounts.ts';
import { NOW, testStore } from '../../testing/fixtures.ts';
import { checkedRequest } from '../../testing/openapi-check.ts';
import { bearer } from '../../testing/tokens.ts';

let store: Store;
let app: ReturnType<typeof createApp>;
let request: Awaited<ReturnType<typeof checkedRequest>>;
let admin: SignedIn;
beforeEach(async () => {
  store = await testStore();
  app = createApp({ store, now: () => NOW });
  request = await checkedRequest(app);
  admin = await signedIn(app, store, 'admin', 'boss@example.org');
});
afterEach(async () => {
  await store.close();
});

const patch = (id: string, body: unknown, headers = admin.headers) =>
  request(`/v1/users/${id}`, { method: 'PATCH', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const signIn = (email: string) =>
  app.request('/v1/auth/sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });

describe('GET /v1/users', () => {
  it('lists everyone for an admin (session or token), with when they were last seen, and no one else', async () => {
    const editor = await signedIn(app, store, 'editor', 'ed@example.org');
    const res = await request('/v1/users', { headers: { Cookie: admin.cookie } });
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items.map((u: { email: string }) => u.email)).toEqual(['boss@example.org', 'ed@example.org']);
    expect(items[0]).toEqual({
      id: admin.user.id,
      name: 'A admin',
      email: 'boss@example.org',
      role: 'admin',
      active: true,
      createdAt: expect.any(String),
      lastSeenAt: null,
    });
    expect((await request('/v1/users', { headers: await bearer(store, 'admin') })).status).toBe(200);
    expect((await request('/v1/users', { headers: { Cookie: editor.cookie } })).status).toBe(403);
    expect((await request('/v1/users')).status).toBe(401);
  });
});

describe('PATCH /v1/users/{id}', () => {
  it('changes a role, which the person’s session carries at once', async () => {
    const ed = await signedIn(app, store, 'editor', 'ed@example.org');
    expect((await request('/v1/users', { headers: { Cookie: ed.cookie } })).status).toBe(403);
    const res = await patch(ed.user.id, { role: 'admin' });
    expect([res.status, (await res.json()).role]).toEqual([200, 'admin']);
    expect((await request('/v1/users', { headers: { Cookie: ed.cookie } })).status).toBe(200);
  });

  it('deactivates someone: their sessions end and they cannot sign in, with the usual answer', async () => {
    const ed = await signedIn(app, store, 'editor', 'ed@example.org');
    const res = await patch(ed.user.id, { active: false });
    expect([res.status, (await res.json()).active]).toEqual([200, false]);
    expect((await request('/v1/auth/session', { headers: { Cookie: ed.cookie } })).status).toBe(401);
    const refused = await signIn('ed@example.org');
    const unknown = await signIn('nobody@example.org');
    expect([refused.status, await refused.json()]).toEqual([401, await unknown.json()]);
    expect((await patch(ed.user.id, { active: true })).status).toBe(200);
    expect((await signIn('ed@example.org')).status).toBe(200);
  });

  it('keeps at least one active admin, and names bad fields and unknown people', async () => {
    const last = await patch(admin.user.id, { role: 'editor' });
    expect([last.status, (await last.json()).detail]).toEqual([409, 'This is the last active admin; make someone else an admin first.']);
    expect((await patch(admin.user.id, { active: false })).status).toBe(409);
    const bad = await patch(admin.user.id, { role: 'owner', colour: 'red' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors.map((e: { path: string }) => e.path)).toEqual(['role', '(root)']);
    expect((await patch('nobody', { active: false })).status).toBe(404);
  });

  it('needs the CSRF token of the admin’s session', async () => {
    const ed = await signedIn(app, store, 'editor', 'ed@example.org');
    expect((await patch(ed.user.id, { active: false }, { Cookie: admin.cookie })).status).toBe(403);
    expect((await request('/v1/auth/session', { headers: { Cookie: ed.cookie } })).status).toBe(200);
  });
});
