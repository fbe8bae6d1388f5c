/**
 * @module
 * Contract: people, sessions, single-use links and failed sign-ins are stored alike on every
 * database; redeeming a link is all or nothing, and once only.
 */
import { describe, expect, it } from 'vitest';
import type { StoreHarness } from '../../testing/store-harness.ts';
import type { NewLinkToken, NewUser, Session } from '../account-store.ts';

const T0 = '2026-05-08T12:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

const user = (n: number, overrides: Partial<NewUser> = {}): NewUser => ({
  id: `user-${n}`,
  email: `person${n}@example.org`,
  name: `Person ${n}`,
  role: 'editor',
  passwordHash: `$argon2id$hash-${n}`,
  createdAt: at(n),
  ...overrides,
});

const session = (n: number, userId: string, overrides: Partial<Session> = {}): Session => ({
  idHash: `session-${n}`,
  userId,
  createdAt: T0,
  lastSeenAt: T0,
  expiresAt: at(60 * 24 * 30),
  ...overrides,
});

const link = (n: number, overrides: Partial<NewLinkToken> = {}): NewLinkToken => ({
  tokenHash: `link-${n}`,
  kind: 'invite',
  role: 'contributor',
  email: null,
  name: null,
  userId: null,
  createdAt: T0,
  expiresAt: at(60),
  ...overrides,
});

/**
 * Registers the account tests for `harness`'s databases.
 *
 * @example
 * accountContract(storeHarness('postgres'));
 */
export function accountContract(harness: StoreHarness): void {
  describe('accounts', () => {
    it('stores people without handing back the password hash, finds them by address, one account an address', async () => {
      const store = await (await harness.fresh()).openMigrated();
      expect(await store.createUser(user(2))).toEqual({
        id: 'user-2',
        email: 'person2@example.org',
        name: 'Person 2',
        role: 'editor',
        active: true,
        createdAt: at(2),
        lastSeenAt: null,
      });
      await store.createUser(user(1, { role: 'admin' }));
      expect((await store.listUsers()).map((u) => [u.id, 'passwordHash' in u])).toEqual([
        ['user-1', false],
        ['user-2', false],
      ]);
      expect(await store.findUserByEmail('person1@example.org')).toMatchObject({ id: 'user-1', passwordHash: '$argon2id$hash-1' });
      expect(await store.findUserByEmail('nobody@example.org')).toBeNull();
      expect(await store.getUser('user-2')).toMatchObject({ email: 'person2@example.org' });
      expect(await store.countActiveAdmins()).toBe(1);
      await expect(store.createUser(user(3, { email: 'person1@example.org' }))).rejects.toThrowErrorMatchingInlineSnapshot(
        `[EmailTakenError: An account with the e-mail address person1@example.org already exists.]`,
      );
    });

    it('changes roles, and deactivating someone ends their sessions', async () => {
      const store = await (await harness.fresh()).openMigrated();
      await store.createUser(user(1));
      await store.createUser(user(2));
      await store.createSession(session(1, 'user-1'));
      await store.createSession(session(2, 'user-1'));
      await store.createSession(session(3, 'user-2'));
      expect(await store.updateUser('user-1', { role: 'admin' })).toMatchObject({ role: 'admin', active: true });
      expect(await store.countActiveAdmins()).toBe(1);
      expect(await store.findSession('session-1')).not.toBeNull();
      expect(await store.updateUser('user-1', { active: false })).toMatchObject({ role: 'admin', active: false });
      expect(await store.countActiveAdmins()).toBe(0);
      expect(await store.findSession('session-1')).toBeNull();
      expect(await store.findSession('session-2')).toBeNull();
      expect(await store.findSession('session-3')).not.toBeNull();
      expect(await store.updateUser('nobody', { active: false })).toBeNull();
    });

    it('finds a session with its person, records its use, and ends one or all of them', async () => {
      const store = await (await harness.fresh()).openMigrated();
      await store.createUser(user(1));
      await store.createSession(session(1, 'user-1'));
      await store.createSession(session(2, 'user-1'));
      expect(await store.findSession('session-1')).toEqual({
        session: { idHash: 'session-1', userId: 'user-1', createdAt: T0, lastSeenAt: T0, expiresAt: at(60 * 24 * 30) },
        user: {
          id: 'user-1',
          email: 'person1@example.org',
          name: 'Person 1',
          role: 'editor',
          active: true,
          createdAt: at(1),
          lastSeenAt: null,
        },
      });
      await store.touchSession('session-1', 'user-1', at(5));
      expect(await store.findSession('session-1')).toMatchObject({ session: { lastSeenAt: at(5) }, user: { lastSeenAt: at(5) } });
      await store.deleteSession('session-1');
      await store.deleteSession('session-1');
      expect(await store.findSession('session-1')).toBeNull();
      expect(await store.deleteUserSessions('user-1')).toBe(1);
      expect(await store.findSession('session-2')).toBeNull();
    });

    it('redeems an invitation once, before it expires, creating the person and their session together', async () => {
      const store = await (await harness.fresh()).openMigrated();
      await store.createLinkToken(link(1, { email: 'new@example.org', name: 'New' }));
      expect(await store.findLinkToken('link-1')).toEqual({ ...link(1, { email: 'new@example.org', name: 'New' }), usedAt: null });
      const created = await store.redeemInvitation(
        'link-1',
        at(10),
        user(1, { email: 'new@example.org', role: 'contributor' }),
        session(1, 'user-1'),
      );
      expect(created).toMatchObject({ id: 'user-1', role: 'contributor' });
      expect(await store.findLinkToken('link-1')).toMatchObject({ usedAt: at(10) });
      expect(await store.findSession('session-1')).not.toBeNull();
      // Used: a second redemption changes nothing.
      expect(await store.redeemInvitation('link-1', at(11), user(2), session(2, 'user-2'))).toBeNull();
      expect(await store.getUser('user-2')).toBeNull();

      await store.createLinkToken(link(2, { kind: 'setup', role: 'admin' }));
      expect(await store.redeemInvitation('link-2', at(60), user(3), session(3, 'user-3'))).toBeNull();
      expect(await store.redeemInvitation('unknown', at(1), user(3), session(3, 'user-3'))).toBeNull();
      expect(await store.findLinkToken('link-2')).toMatchObject({ usedAt: null });
    });

    it('leaves an invitation unused when the address is taken by then', async () => {
      const store = await (await harness.fresh()).openMigrated();
      await store.createUser(user(1));
      await store.createLinkToken(link(1));
      await expect(
        store.redeemInvitation('link-1', at(1), user(2, { email: 'person1@example.org' }), session(2, 'user-2')),
      ).rejects.toThrow('already exists');
      expect(await store.findLinkToken('link-1')).toMatchObject({ usedAt: null });
      expect(await store.findSession('session-2')).toBeNull();
    });

    it('redeems a reset link once: new password, every old session ended, a new one started', async () => {
      const store = await (await harness.fresh()).openMigrated();
      await store.createUser(user(1));
      await store.createSession(session(1, 'user-1'));
      await store.createLinkToken(link(1, { kind: 'reset', role: 'editor', userId: 'user-1' }));
      await store.createLinkToken(link(2, { kind: 'invite' }));
      const { userId: _u, ...fresh } = session(2, 'user-1');
      expect(await store.redeemInvitation('link-1', at(1), user(2), session(3, 'user-2'))).toBeNull();
      expect(await store.redeemReset('link-2', at(1), 'new-hash', fresh)).toBeNull();
      expect(await store.redeemReset('link-1', at(1), 'new-hash', fresh)).toMatchObject({ id: 'user-1' });
      expect(await store.findUserByEmail('person1@example.org')).toMatchObject({ passwordHash: 'new-hash' });
      expect(await store.findSession('session-1')).toBeNull();
      expect(await store.findSession('session-2')).toMatchObject({ user: { id: 'user-1' } });
      expect(await store.redeemReset('link-1', at(2), 'other-hash', { ...fresh, idHash: 'session-4' })).toBeNull();
    });

    it('does not reset the password of a deactivated person, and leaves the link unused', async () => {
      const store = await (await harness.fresh()).openMigrated();
      await store.createUser(user(1));
      await store.updateUser('user-1', { active: false });
      await store.createLinkToken(link(1, { kind: 'reset', role: 'editor', userId: 'user-1' }));
      const { userId: _u, ...fresh } = session(1, 'user-1');
      expect(await store.redeemReset('link-1', at(1), 'new-hash', fresh)).toBeNull();
      expect(await store.findLinkToken('link-1')).toMatchObject({ usedAt: null });
      expect(await store.findSession('session-1')).toBeNull();
    });

    it('counts failed sign-ins per key within a window, and forgets them', async () => {
      const store = await (await harness.fresh()).openMigrated();
      await store.recordSignInFailure(['account:a@example.org', 'address:192.0.2.1'], at(0));
      await store.recordSignInFailure(['account:a@example.org'], at(5));
      await store.recordSignInFailure(['account:b@example.org', 'address:192.0.2.1'], at(6));
      expect(await store.signInFailures('account:a@example.org', at(0))).toEqual([at(0), at(5)]);
      expect(await store.signInFailures('account:a@example.org', at(1))).toEqual([at(5)]);
      expect(await store.signInFailures('address:192.0.2.1', at(0))).toEqual([at(0), at(6)]);
      await store.clearSignInFailures('account:a@example.org', at(1));
      expect(await store.signInFailures('account:a@example.org', at(0))).toEqual([]);
      // Failures older than `before` go whatever their key.
      expect(await store.signInFailures('address:192.0.2.1', at(0))).toEqual([at(6)]);
    });
  });
}
