/**
 * @module
 * The accounts part of the storage contract: people, their browser sessions, the single-use links
 * that let someone set a password (first admin, invitation, reset), and failed sign-ins for the
 * throttle. Secrets (session ids, link tokens) are stored as SHA-256 hashes only, so a copy of the
 * database lets nobody in; passwords as argon2id hashes.
 */
import type { Role } from './token-store.ts';

/** A person as the API lists them: everything but the password hash. */
export interface User {
  id: string;
  /** Lower case; unique. */
  email: string;
  name: string;
  role: Role;
  /** A deactivated person cannot sign in and has no sessions. */
  active: boolean;
  createdAt: string;
  /** When one of their sessions was last used (as often as sessions are touched); null before that. */
  lastSeenAt: string | null;
}

/** A person with the hash of their password, as sign-in reads it. */
export interface StoredUser extends User {
  passwordHash: string;
}

/** What `createUser` stores. */
export interface NewUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  createdAt: string;
}

/** A browser session; its id is known only to the browser's cookie, the store keeps its hash. */
export interface Session {
  /** SHA-256 of the session id, hex. */
  idHash: string;
  userId: string;
  createdAt: string;
  /** Updated at most once a minute while the session is used (see `touchSession`). */
  lastSeenAt: string;
  /** The absolute end of the session, however active it is. */
  expiresAt: string;
}

/** A session with the person it belongs to. */
interface SessionWithUser {
  session: Session;
  user: User;
}

/** What a single-use link lets its holder do. */
export const LINK_KINDS = ['setup', 'invite', 'reset'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** A single-use, expiring link token (its hash). */
export interface LinkToken {
  /** SHA-256 of the token in the link, hex. */
  tokenHash: string;
  kind: LinkKind;
  /** The role the new account gets (`setup`, `invite`), or the person's role (`reset`). */
  role: Role;
  /** The address the account must have, when the link was made for one. */
  email: string | null;
  /** A suggested display name. */
  name: string | null;
  /** The person whose password a `reset` link sets; null otherwise. */
  userId: string | null;
  createdAt: string;
  expiresAt: string;
  /** When it was redeemed; a used link is never accepted again. */
  usedAt: string | null;
}

/** What `createLinkToken` stores. */
export type NewLinkToken = Omit<LinkToken, 'usedAt'>;

/** The fields of a person an admin may change. */
export interface UserChange {
  role?: Role | undefined;
  active?: boolean | undefined;
}

/**
 * Storage of accounts and sessions.
 *
 * @example
 * await store.createUser({ id, email: 'ana@example.org', name: 'Ana', role: 'editor', passwordHash, createdAt });
 * const found = await store.findUserByEmail('ana@example.org');
 */
export interface AccountStore {
  /** Stores a person; throws `EmailTakenError` when the address is someone's already. */
  createUser(user: NewUser): Promise<User>;
  /** The person with this id, or null. */
  getUser(id: string): Promise<User | null>;
  /** The person with this (lower-case) address, with the password hash, or null. */
  findUserByEmail(email: string): Promise<StoredUser | null>;
  /** Everyone, oldest account first. */
  listUsers(): Promise<User[]>;
  /** How many active admins there are. */
  countActiveAdmins(): Promise<number>;
  /**
   * Changes a person's role or active flag; deactivating also ends every session of theirs, in the
   * same transaction. Returns them as changed, or null when there is nobody with this id.
   */
  updateUser(id: string, change: UserChange): Promise<User | null>;

  /** Stores a new session. */
  createSession(session: Session): Promise<void>;
  /** The session with this id hash and its person, or null (expiry is the caller's judgement). */
  findSession(idHash: string): Promise<SessionWithUser | null>;
  /** Records a use of the session, and of its person, at `at`. */
  touchSession(idHash: string, userId: string, at: string): Promise<void>;
  /** Ends one session; ending one that is gone is no error. */
  deleteSession(idHash: string): Promise<void>;
  /** Ends every session of a person; resolves with how many there were. */
  deleteUserSessions(userId: string): Promise<number>;

  /** Stores a single-use link token. */
  createLinkToken(link: NewLinkToken): Promise<void>;
  /** The link token with this hash, used or not, expired or not, or null. */
  findLinkToken(tokenHash: string): Promise<LinkToken | null>;
  /**
   * Redeems a `setup` or `invite` link in one transaction: marks it used, creates `user` and starts
   * `session` for them. Null (and nothing changed) when the link is unknown, used, expired at
   * `at`, or of kind `reset`; throws `EmailTakenError` (nothing changed) when the address is taken.
   */
  redeemInvitation(tokenHash: string, at: string, user: NewUser, session: Session): Promise<User | null>;
  /**
   * Redeems a `reset` link in one transaction: marks it used, sets the person's password hash,
   * ends all their sessions and starts `session`. Null (nothing changed) when the link is unknown,
   * used, expired at `at`, not a `reset` link, or its person is deactivated.
   */
  redeemReset(tokenHash: string, at: string, passwordHash: string, session: Omit<Session, 'userId'>): Promise<User | null>;

  /** Records a failed sign-in under each key (an account, an address) at `at`. */
  recordSignInFailure(keys: readonly string[], at: string): Promise<void>;
  /** When the failures under `key` since `since` happened, oldest first. */
  signInFailures(key: string, since: string): Promise<string[]>;
  /** Forgets the failures under `key` (after a successful sign-in) and every failure before `before`. */
  clearSignInFailures(key: string, before: string): Promise<void>;
}

/** An e-mail address that already belongs to an account. */
export class EmailTakenError extends Error {
  override name = 'EmailTakenError';
  constructor(email: string) {
    super(`An account with the e-mail address ${email} already exists.`);
  }
}
