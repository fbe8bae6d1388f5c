/**
 * @module
 * Test helpers for authenticated requests: a token of each role and its header.
 */
import { createToken } from '../services/tokens.ts';
import type { Store, TokenRole } from '../store/store.ts';

/**
 * Creates a token with `role` and returns the headers that present it.
 *
 * @example
 * const editor = await bearer(store, 'editor');
 * await app.request('/v1/articles', { method: 'POST', headers: { ...editor, 'Content-Type': 'application/json' }, body });
 */
export async function bearer(store: Store, role: TokenRole, name = `${role}-${crypto.randomUUID().slice(0, 8)}`) {
  const { secret } = await createToken(store, { name, role });
  return { Authorization: `Bearer ${secret}` };
}
