/**
 * @module
 * Contract: API tokens are stored, found by hash, touched and revoked alike on every database.
 */
import { describe, expect, it } from 'vitest';
import type { StoreHarness } from '../../testing/store-harness.ts';
import type { NewApiToken } from '../token-store.ts';

const token = (n: number, overrides: Partial<NewApiToken> = {}): NewApiToken => ({
  id: `tok-${n}`,
  name: `desk-${n}`,
  role: 'editor',
  hash: `hash-${n}`,
  createdAt: `2026-05-0${n}T08:00:00.000Z`,
  ...overrides,
});

/**
 * Registers the token tests for `harness`'s databases.
 *
 * @example
 * tokenContract(storeHarness('postgres'));
 */
export function tokenContract(harness: StoreHarness): void {
  describe('tokens', () => {
    it('stores tokens without handing back the hash, and finds one by hash', async () => {
      const store = await (await harness.fresh()).openMigrated();
      expect(await store.createToken(token(2))).toEqual({
        id: 'tok-2',
        name: 'desk-2',
        role: 'editor',
        createdAt: '2026-05-02T08:00:00.000Z',
        lastUsedAt: null,
        revokedAt: null,
        expiresAt: null,
      });
      await store.createToken(token(1, { role: 'admin' }));
      expect(await store.createToken(token(3, { expiresAt: '2026-08-01T08:00:00.000Z' }))).toMatchObject({
        expiresAt: '2026-08-01T08:00:00.000Z',
      });
      expect(await store.findTokenByHash('hash-3')).toMatchObject({ expiresAt: '2026-08-01T08:00:00.000Z' });
      expect((await store.listTokens()).map((t) => [t.id, 'hash' in t])).toEqual([
        ['tok-1', false],
        ['tok-2', false],
        ['tok-3', false],
      ]);
      expect(await store.findTokenByHash('hash-1')).toMatchObject({ id: 'tok-1', role: 'admin', hash: 'hash-1' });
      expect(await store.findTokenByHash('nope')).toBeNull();
      await store.touchToken('tok-1', '2026-05-08T12:00:00.000Z');
      expect(await store.findTokenByHash('hash-1')).toMatchObject({ lastUsedAt: '2026-05-08T12:00:00.000Z' });
    });

    it('refuses a second live token with a name, and frees the name once revoked', async () => {
      const store = await (await harness.fresh()).openMigrated();
      await store.createToken(token(1));
      await expect(store.createToken(token(2, { name: 'desk-1' }))).rejects.toThrowErrorMatchingInlineSnapshot(
        `[TokenNameTakenError: A token named "desk-1" already exists; revoke it first or choose another name.]`,
      );
      expect(await store.revokeToken('desk-1', '2026-05-09T00:00:00.000Z')).toMatchObject({
        id: 'tok-1',
        revokedAt: '2026-05-09T00:00:00.000Z',
      });
      // Revoking again keeps the first time; by id, since the name no longer names a live token.
      expect(await store.revokeToken('tok-1', '2026-05-10T00:00:00.000Z')).toMatchObject({ revokedAt: '2026-05-09T00:00:00.000Z' });
      expect(await store.revokeToken('desk-1', '2026-05-10T00:00:00.000Z')).toBeNull();
      await expect(store.createToken(token(2, { name: 'desk-1' }))).resolves.toMatchObject({ name: 'desk-1' });
    });
  });
}
