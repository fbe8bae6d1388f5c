/**
 * @module
 * Tests of bearer-token authentication and role checks, on a throwaway route over a real store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createToken, revokeToken } from '../services/tokens.ts';
import type { Store } from '../store/store.ts';
import { testStore } from '../testing/fixtures.ts';
import { bearer } from '../testing/tokens.ts';
import { principalOf, requireRole } from './auth.ts';

let store: Store;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  store = await testStore();
  app = createApp({ store });
  // Routes added after createApp still pass through the app-wide middleware.
  app.get('/test/moderation', requireRole('moderator'), (c) => c.json({ as: principalOf(c)?.name }));
  app.get('/test/whoami', (c) => c.json({ as: principalOf(c)?.role ?? null }));
});
afterEach(async () => {
  await store.close();
});

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

describe('requireRole', () => {
  it('lets the role and admins through', async () => {
    const moderator = await createToken(store, { name: 'desk', role: 'moderator' });
    const res = await get('/test/moderation', { Authorization: `Bearer ${moderator.secret}` });
    expect([res.status, await res.json()]).toEqual([200, { as: 'desk' }]);
    expect((await get('/test/moderation', await bearer(store, 'admin'))).status).toBe(200);
  });

  it('answers 401 with a Bearer challenge without a token', async () => {
    const res = await get('/test/moderation');
    expect([res.status, res.headers.get('www-authenticate'), res.headers.get('content-type')]).toEqual([
      401,
      'Bearer realm="dateline"',
      'application/problem+json',
    ]);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "This request needs an API token (send "Authorization: Bearer <token>") or a signed-in session (POST /v1/auth/sign-in).",
        "instance": "/test/moderation",
        "status": 401,
        "title": "Unauthorized",
        "type": "about:blank",
      }
    `);
  });

  it('answers 403 to a token without the role', async () => {
    const res = await get('/test/moderation', await bearer(store, 'contributor', 'newsdesk'));
    expect(res.status).toBe(403);
    expect((await res.json()) as object).toMatchObject({
      detail: 'The token "newsdesk" has the role contributor; this request needs moderator, editor or admin.',
    });
  });
});

describe('authenticate', () => {
  it('reads requests without a token as anonymous', async () => {
    expect(await (await get('/test/whoami')).json()).toEqual({ as: null });
    expect(await (await get('/test/whoami', await bearer(store, 'editor'))).json()).toEqual({ as: 'editor' });
  });

  it.each([
    ['an unknown token', 'Bearer dl_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'The token is unknown or revoked.'],
    ['a token without the prefix', 'Bearer not-a-dateline-token', 'The token is unknown or revoked.'],
    ['another scheme', 'Basic dXNlcjpwYXNz', 'The Authorization header must be "Bearer <token>".'],
    ['a bare scheme', 'Bearer', 'The Authorization header must be "Bearer <token>".'],
  ])('answers 401 to %s, even on a public route', async (_label, header, detail) => {
    const res = await get('/test/whoami', { Authorization: header });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe(
      `Bearer realm="dateline", error="invalid_token", error_description="${detail.replace(/"/g, "'")}"`,
    );
    expect(((await res.json()) as { detail: string }).detail).toBe(detail);
  });

  it('refuses a token once it is revoked', async () => {
    const { secret, token } = await createToken(store, { name: 'temp', role: 'admin' });
    const headers = { Authorization: `Bearer ${secret}` };
    expect((await get('/test/moderation', headers)).status).toBe(200);
    await revokeToken(store, token.id);
    expect((await get('/test/moderation', headers)).status).toBe(401);
  });

  it('refuses a token once it has expired, with a 401', async () => {
    const created = new Date('2026-05-08T12:00:00.000Z');
    const { secret } = await createToken(store, { name: 'short', role: 'admin', expiresAt: new Date('2026-05-09T12:00:00.000Z') }, created);
    const at = (now: string) => createApp({ store, now: () => new Date(now) });
    const request = (now: string) => {
      const timed = at(now);
      timed.get('/test/moderation', requireRole('moderator'), (c) => c.json({ as: principalOf(c)?.name }));
      return timed.request('/test/moderation', { headers: { Authorization: `Bearer ${secret}` } });
    };
    expect((await request('2026-05-09T11:59:59.000Z')).status).toBe(200);
    const expired = await request('2026-05-09T12:00:00.000Z');
    expect([expired.status, expired.headers.get('www-authenticate')]).toEqual([401, expect.stringMatching(/^Bearer/)]);
  });

  it('records when a token was last used', async () => {
    const { secret } = await createToken(store, { name: 'seen', role: 'editor' });
    expect((await store.listTokens())[0]?.lastUsedAt).toBeNull();
    await get('/test/whoami', { Authorization: `Bearer ${secret}` });
    expect((await store.listTokens())[0]?.lastUsedAt).toEqual(expect.any(String));
  });
});
