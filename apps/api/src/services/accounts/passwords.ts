/**
 * @module
 * Password hashing: argon2id from `@node-rs/argon2` (prebuilt native binaries, hashing on libuv's
 * thread pool so the event loop keeps serving), at the library's defaults, which are OWASP's
 * minimum for argon2id (19 MiB, 2 passes, 1 lane). See docs/decisions/007-accounts-and-sessions.md.
 */
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** The shortest password accepted; length, not composition rules, is what makes one hard to guess (NIST SP 800-63B). */
export const MIN_PASSWORD_LENGTH = 10;
/** The longest: long enough for any passphrase, short enough that hashing it costs nothing extra. */
export const MAX_PASSWORD_LENGTH = 200;

/**
 * The argon2id hash of `password`, in the PHC string format (`$argon2id$v=19$m=19456,t=2,p=1$…`).
 *
 * @example
 * const stored = await hashPassword('correct horse battery staple');
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/**
 * Whether `password` matches `stored`; false for a malformed hash rather than an error.
 *
 * @example
 * if (await verifyPassword(user.passwordHash, attempt)) { … }
 */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Spends as long as checking a real password, for a sign-in whose address has no account, so
 * that how long the answer takes does not tell whether the address has one.
 *
 * @example
 * if (!user) await verifyNothing(password);
 */
export async function verifyNothing(password: string): Promise<void> {
  dummy ??= hashPassword(randomBytes(16).toString('base64url'));
  await verifyPassword(await dummy, password);
}
