/**
 * @module
 * Tests of signing in and out and of session lifetimes, through the app over a real store (SQLite,
 * and PostgreSQL in the `postgres` project). Every JSON answer is checked against the OpenAPI document.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { createPerson } from '../../services/accounts/people.ts';
import type { Store } from '../../store/store.ts';
import { sessionCookieOf, signedIn, TEST_PASSWORD } from '../../testing/accounts.ts';
import { NOW, testStore } from '../../testing/fixtures.ts';
import { checkedRequest } from '../../testing/openapi-check.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let store: Store;
let clock: Date;
let app: ReturnType<typeof createApp>;
let request: Awaited<ReturnType<typeof checkedRequest>>;
beforeEach(async () => {
  store = await testStore();
  clock = NOW;
  app = createApp({ store, now: () => clock, accounts: { sessions: { idleTimeoutMs: 60 * MINUTE, maxAgeMs: DAY } } });
  request = await checkedRequest(app);
  await createPerson(store, { email: 'ana@example.org', name: 'Ana Lima', role: 'editor', password: TEST_PASSWORD });
});
afterEach(async () => {
  await store.close();
});

const later = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};
/** A request from the client address `ip`, as the Node server would report its peer. */
const peer = (ip: string) => ({ incoming: { socket: { remoteAddress: ip } } });
const signIn = (body: unknown, headers: Record<string, string> = {}, ip = '192.0.2.10') =>
  app.request(
    '/v1/auth/sign-in',
    { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) },
    peer(ip),
  );
const session = (cookie: string) => request('/v1/auth/session', { headers: { Cookie: cookie } });

describe('POST /v1/auth/sign-in', () => {
  it('signs in whatever the case of the address: the person, a CSRF token, and an HttpOnly, SameSite=Lax cookie', async () => {
    const res = await request('/v1/auth/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: ' Ana@Example.org', password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      user: { id: expect.any(String), name: 'Ana Lima', email: 'ana@example.org', role: 'editor' },
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
      expiresAt: new Date(NOW.getTime() + 60 * MINUTE).toISOString(),
    });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^dateline_session=[\w-]{43}; Max-Age=86400; Path=\/; HttpOnly; SameSite=Lax$/);
    const current = await session(sessionCookieOf(res)!);
    expect([current.status, await current.json()]).toEqual([200, body]);
    expect(current.headers.get('cache-control')).toBe('private, no-store');
  });

  it('marks the cookie Secure over HTTPS, directly or through a trusted proxy', async () => {
    const direct = await app.request('https://news.example.org/v1/auth/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'ana@example.org', password: TEST_PASSWORD }),
    });
    expect(direct.headers.get('set-cookie')).toMatch(/; Secure/);
    const proxied = await signIn({ email: 'ana@example.org', password: TEST_PASSWORD }, { 'X-Forwarded-Proto': 'https' }, '127.0.0.1');
    expect(proxied.headers.get('set-cookie')).toMatch(/; Secure/);
    // Anyone may send the header; from a client that is not a trusted proxy it is not believed.
    const spoofed = await signIn({ email: 'ana@example.org', password: TEST_PASSWORD }, { 'X-Forwarded-Proto': 'https' }, '198.51.100.7');
    expect(spoofed.headers.get('set-cookie')).not.toMatch(/Secure/);
  });

  it('starts a new session at every sign-in, ending the one the browser had', async () => {
    const first = sessionCookieOf(await signIn({ email: 'ana@example.org', password: TEST_PASSWORD }))!;
    const again = await signIn({ email: 'ana@example.org', password: TEST_PASSWORD }, { Cookie: first });
    const second = sessionCookieOf(again)!;
    expect(second).not.toBe(first);
    expect((await session(first)).status).toBe(401);
    expect((await session(second)).status).toBe(200);
  });

  it('gives the same answer for an unknown address and a wrong password', async () => {
    const unknown = await request('/v1/auth/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@example.org', password: TEST_PASSWORD }),
    });
    const wrong = await signIn({ email: 'ana@example.org', password: 'not the password' });
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get('set-cookie')).toBeNull();
    expect([wrong.status, await wrong.json()]).toEqual([unknown.status, await unknown.json()]);
  });

  it('names missing fields, and refuses a page of an untrusted origin before reading the body', async () => {
    const res = await request('/v1/auth/sign-in', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(400);
    expect((await res.json()).errors.map((e: { path: string }) => e.path)).toEqual(['email', 'password']);
    const forged = await signIn({ email: 'ana@example.org', password: TEST_PASSWORD }, { Origin: 'https://evil.example' });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('set-cookie')).toBeNull();
    const fromDesk = await signIn({ email: 'ana@example.org', password: TEST_PASSWORD }, { Origin: 'http://127.0.0.1:4322' });
    expect(fromDesk.status).toBe(200);
  });
});

describe('throttling', () => {
  it('locks an account after 5 failures in 15 minutes, even for the right password, with Retry-After', async () => {
    for (let i = 0; i < 5; i += 1) {
      later(MINUTE);
      expect((await signIn({ email: 'ana@example.org', password: `guess ${i}` }, {}, `198.51.100.${i}`)).status).toBe(401);
    }
    const locked = await signIn({ email: 'ana@example.org', password: TEST_PASSWORD }, {}, '203.0.113.1');
    expect(locked.status).toBe(429);
    // The first failure was 4 minutes ago; it leaves the 15-minute window in 11 more.
    expect(locked.headers.get('retry-after')).toBe('660');
    expect((await locked.json()).detail).toBe('Too many failed sign-ins; try again in 660 seconds.');
    // An address without an account is locked alike, so a 429 tells nothing about who has one.
    for (let i = 0; i < 5; i += 1) await signIn({ email: 'nobody@example.org', password: 'x' }, {}, `198.51.100.${i}`);
    expect((await signIn({ email: 'nobody@example.org', password: 'x' }, {}, '203.0.113.2')).status).toBe(429);
    later(10 * MINUTE);
    expect((await signIn({ email: 'ana@example.org', password: TEST_PASSWORD }, {}, '203.0.113.1')).status).toBe(429);
    later(MINUTE);
    expect((await signIn({ email: 'ana@example.org', password: TEST_PASSWORD }, {}, '203.0.113.1')).status).toBe(200);
  });

  it('locks an address after 20 failures in 15 minutes, whichever accounts they tried', async () => {
    for (let i = 0; i < 20; i += 1) {
      expect((await signIn({ email: `person${i}@example.org`, password: 'guess' }, {}, '198.51.100.9')).status).toBe(401);
    }
    const locked = await signIn({ email: 'ana@example.org', password: TEST_PASSWORD }, {}, '198.51.100.9');
    expect([locked.status, locked.headers.get('retry-after')]).toEqual([429, '900']);
    expect((await signIn({ email: 'ana@example.org', password: TEST_PASSWORD }, {}, '198.51.100.10')).status).toBe(200);
  });

  it('forgets an account’s failures once its person signs in', async () => {
    for (let i = 0; i < 4; i += 1) await signIn({ email: 'ana@example.org', password: 'guess' }, {}, `198.51.100.${i}`);
    expect((await signIn({ email: 'ana@example.org', password: TEST_PASSWORD })).status).toBe(200);
    for (let i = 0; i < 4; i += 1) await signIn({ email: 'ana@example.org', password: 'guess' }, {}, `198.51.100.${i}`);
    expect((await signIn({ email: 'ana@example.org', password: TEST_PASSWORD })).status).toBe(200);
  });
});

describe('session lifetime', () => {
  it('ends a session after an hour without use, and keeps a used one going', async () => {
    const { cookie } = await signedIn(app, store, 'editor');
    later(50 * MINUTE);
    expect((await session(cookie)).status).toBe(200);
    later(50 * MINUTE);
    const kept = await session(cookie);
    expect([kept.status, (await kept.json()).expiresAt]).toEqual([200, new Date(clock.getTime() + 60 * MINUTE).toISOString()]);
    later(61 * MINUTE);
    expect((await session(cookie)).status).toBe(401);
  });

  it('ends a session a day after sign-in however much it is used', async () => {
    const { cookie } = await signedIn(app, store, 'editor');
    for (let i = 0; i < 24; i += 1) {
      later(59 * MINUTE);
      expect((await session(cookie)).status).toBe(200);
    }
    later(60 * MINUTE);
    expect((await session(cookie)).status).toBe(401);
  });

  it('treats an ended session as no session on public reads', async () => {
    const res = await app.request('/v1/articles', { headers: { Cookie: 'dateline_session=unknown-session-id' } });
    expect(res.status).toBe(200);
    expect((await session('dateline_session=unknown-session-id')).status).toBe(401);
  });
});

describe('signing out', () => {
  it('ends the session and clears the cookie; without the CSRF token it is refused', async () => {
    const ana = await signedIn(app, store, 'editor');
    const forged = await request('/v1/auth/sign-out', { method: 'POST', headers: { Cookie: ana.cookie } });
    expect(forged.status).toBe(403);
    expect((await forged.json()).title).toBe('CSRF token missing or wrong');
    const wrong = await request('/v1/auth/sign-out', { method: 'POST', headers: { Cookie: ana.cookie, 'X-CSRF-Token': 'x'.repeat(43) } });
    expect(wrong.status).toBe(403);
    expect((await session(ana.cookie)).status).toBe(200);
    const res = await request('/v1/auth/sign-out', { method: 'POST', headers: ana.headers });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/^dateline_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Lax/);
    expect((await session(ana.cookie)).status).toBe(401);
  });

  it('signs out everywhere: every session of the person ends, others’ stay', async () => {
    const first = await signedIn(app, store, 'editor', 'eve@example.org');
    const second = sessionCookieOf(await signIn({ email: 'eve@example.org', password: TEST_PASSWORD }))!;
    const other = await signedIn(app, store, 'editor');
    const res = await request('/v1/auth/sign-out-everywhere', { method: 'POST', headers: first.headers });
    expect(res.status).toBe(204);
    expect((await session(first.cookie)).status).toBe(401);
    expect((await session(second)).status).toBe(401);
    expect((await session(other.cookie)).status).toBe(200);
    expect((await request('/v1/auth/sign-out-everywhere', { method: 'POST' })).status).toBe(401);
  });
});
