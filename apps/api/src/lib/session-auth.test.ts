/**
 * @module
 * A browser session is the same principal as a bearer token as far as role checks go, and every
 * state-changing request it authenticates needs its CSRF token; bearer requests need none.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { ROLES, type Store } from '../store/store.ts';
import { signedIn } from '../testing/accounts.ts';
import { NOW, story, testStore } from '../testing/fixtures.ts';
import { bearer } from '../testing/tokens.ts';
import { principalOf, requireRole } from './auth.ts';

let store: Store;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  store = await testStore();
  app = createApp({ store, now: () => NOW });
  app.get('/test/contributor', requireRole('contributor'), (c) => c.json(principalOf(c)));
});
afterEach(async () => {
  await store.close();
});

const draft = (n: number) => JSON.stringify(story(n, { status: 'draft', publishedAt: undefined }));

describe('a session and a token of the same role', () => {
  it.each(ROLES)('are let through and refused alike (%s)', async (role) => {
    const token = await bearer(store, role);
    const person = await signedIn(app, store, role);
    const calls = (headers: Record<string, string>, n: number) => [
      app.request('/v1/users', { headers }),
      app.request('/v1/comments', { headers }),
      app.request('/test/contributor', { headers }),
      app.request('/v1/articles?limit=1', { headers }),
      app.request('/v1/articles', { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: draft(n) }),
    ];
    const byToken = (await Promise.all(calls(token, 1))).map((r) => r.status);
    const bySession = (await Promise.all(calls(person.headers, 2))).map((r) => r.status);
    expect(bySession).toEqual(byToken);
    const expected = {
      admin: [200, 200, 200, 200, 201],
      editor: [403, 200, 200, 200, 201],
      contributor: [403, 403, 200, 200, 201],
      moderator: [403, 200, 403, 200, 403],
    };
    expect(bySession).toEqual(expected[role]);
  });

  it('carry the principal: kind, id, name and role', async () => {
    const person = await signedIn(app, store, 'editor');
    expect(await (await app.request('/test/contributor', { headers: { Cookie: person.cookie } })).json()).toEqual({
      kind: 'user',
      id: person.user.id,
      name: 'A editor',
      role: 'editor',
    });
    const token = await app.request('/test/contributor', { headers: await bearer(store, 'editor', 'newsdesk') });
    expect(await token.json()).toMatchObject({ kind: 'token', name: 'newsdesk', role: 'editor' });
  });
});

describe('CSRF', () => {
  it('refuses an article write by session cookie without its CSRF token, or with another session’s', async () => {
    const editor = await signedIn(app, store, 'editor');
    const other = await signedIn(app, store, 'editor');
    const write = (headers: Record<string, string>) =>
      app.request('/v1/articles', { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: draft(1) });
    const missing = await write({ Cookie: editor.cookie });
    expect(missing.status).toBe(403);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect((await missing.json()).detail).toBe(
      "A request signed in with a session cookie must send the session's CSRF token in X-CSRF-Token (from GET /v1/auth/session).",
    );
    expect((await write({ Cookie: editor.cookie, 'X-CSRF-Token': other.csrfToken })).status).toBe(403);
    expect(await store.countArticles()).toBe(0);
    expect((await write(editor.headers)).status).toBe(201);
  });

  it('asks nothing of bearer requests, even alongside a cookie', async () => {
    const editor = await signedIn(app, store, 'editor');
    const token = await bearer(store, 'editor');
    const res = await app.request('/v1/articles', {
      method: 'POST',
      headers: { ...token, Cookie: editor.cookie, 'Content-Type': 'application/json' },
      body: draft(1),
    });
    expect(res.status).toBe(201);
  });

  it('lets a reader’s write through when the cookie names no live session', async () => {
    const res = await app.request('/v1/auth/sign-out', { method: 'POST', headers: { Cookie: 'dateline_session=ended' } });
    expect(res.status).toBe(204);
  });
});
