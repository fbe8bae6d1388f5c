/**
 * @module
 * The SQLite implementation of `AccountStore`.
 */
import type { DatabaseSync } from 'node:sqlite';
import {
  type AccountStore,
  EmailTakenError,
  type LinkToken,
  type NewUser,
  type Session,
  type StoredUser,
  type User,
} from '../account-store.ts';
import type { Role } from '../token-store.ts';
import { withoutWaiting } from './connection.ts';
import { isBusy } from './error-codes.ts';
import { transaction } from './transaction.ts';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  active: number;
  created_at: string;
  last_seen_at: string | null;
}

interface SessionRow {
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

interface LinkRow {
  token_hash: string;
  kind: string;
  role: string;
  email: string | null;
  name: string | null;
  user_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

const USER_COLUMNS = 'id, email, name, role, password_hash, active, created_at, last_seen_at';

const toStoredUser = (row: UserRow): StoredUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as Role,
  active: row.active === 1,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  passwordHash: row.password_hash,
});

const toUser = (row: UserRow): User => {
  const { passwordHash: _hash, ...user } = toStoredUser(row);
  return user;
};

const toSession = (row: SessionRow): Session => ({
  idHash: row.id_hash,
  userId: row.user_id,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  expiresAt: row.expires_at,
});

const toLink = (row: LinkRow): LinkToken => ({
  tokenHash: row.token_hash,
  kind: row.kind as LinkToken['kind'],
  role: row.role as Role,
  email: row.email,
  name: row.name,
  userId: row.user_id,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  usedAt: row.used_at,
});

/**
 * The account methods of a store over `db` (migrated to version 14 or later).
 *
 * @example
 * const accounts = sqliteAccountStore(db);
 * await accounts.listUsers();
 */
export function sqliteAccountStore(db: DatabaseSync): AccountStore {
  const userById = (id: string) => db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(id) as UserRow | undefined;
  const insertUser = (user: NewUser) => {
    try {
      db.prepare('INSERT INTO users (id, email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        user.id,
        user.email,
        user.name,
        user.role,
        user.passwordHash,
        user.createdAt,
      );
    } catch (err) {
      if (err instanceof Error && /UNIQUE constraint failed: users\.email/.test(err.message)) throw new EmailTakenError(user.email);
      throw err;
    }
  };
  const insertSession = (s: Session) =>
    db
      .prepare('INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)')
      .run(s.idHash, s.userId, s.createdAt, s.lastSeenAt, s.expiresAt);
  // The link if it is of one of `kinds`, unused and unexpired at `at`; read inside the write transaction.
  const usableLink = (tokenHash: string, at: string, kinds: readonly string[]) => {
    const row = db.prepare('SELECT * FROM link_tokens WHERE token_hash = ?').get(tokenHash) as LinkRow | undefined;
    return !row || row.used_at !== null || row.expires_at <= at || !kinds.includes(row.kind) ? undefined : row;
  };
  const markUsed = (tokenHash: string, at: string) =>
    db.prepare('UPDATE link_tokens SET used_at = ? WHERE token_hash = ?').run(at, tokenHash);
  return {
    createUser: async (user) => {
      insertUser(user);
      return toUser(userById(user.id)!);
    },
    getUser: async (id) => {
      const row = userById(id);
      return row ? toUser(row) : null;
    },
    findUserByEmail: async (email) => {
      const row = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE email = ?`).get(email) as UserRow | undefined;
      return row ? toStoredUser(row) : null;
    },
    listUsers: async () =>
      (db.prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY created_at, id`).all() as unknown as UserRow[]).map(toUser),
    countActiveAdmins: async () =>
      Number((db.prepare("SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND active = 1").get() as { n: number }).n),
    updateUser: async (id, change) =>
      transaction(db, () => {
        if (!userById(id)) return null;
        if (change.role !== undefined) db.prepare('UPDATE users SET role = ? WHERE id = ?').run(change.role, id);
        if (change.active !== undefined) {
          db.prepare('UPDATE users SET active = ? WHERE id = ?').run(change.active ? 1 : 0, id);
          if (!change.active) db.prepare('DELETE FROM sessions WHERE user_id = ?').run(id);
        }
        return toUser(userById(id)!);
      }),

    createSession: async (session) => {
      insertSession(session);
    },
    findSession: async (idHash) => {
      const row = db.prepare('SELECT * FROM sessions WHERE id_hash = ?').get(idHash) as SessionRow | undefined;
      if (!row) return null;
      const user = userById(row.user_id);
      return user ? { session: toSession(row), user: toUser(user) } : null;
    },
    // Bookkeeping, as for tokens: while another process holds the write lock (an import), the use
    // goes unrecorded rather than stalling the request; the next request records it.
    touchSession: async (idHash, userId, at) => {
      try {
        withoutWaiting(db, () =>
          transaction(db, () => {
            db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?').run(at, idHash);
            db.prepare('UPDATE users SET last_seen_at = ? WHERE id = ?').run(at, userId);
          }),
        );
      } catch (err) {
        if (!isBusy(err)) throw err;
      }
    },
    deleteSession: async (idHash) => {
      db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
    },
    deleteUserSessions: async (userId) => Number(db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId).changes),

    createLinkToken: async (link) => {
      db.prepare(
        'INSERT INTO link_tokens (token_hash, kind, role, email, name, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(link.tokenHash, link.kind, link.role, link.email, link.name, link.userId, link.createdAt, link.expiresAt);
    },
    findLinkToken: async (tokenHash) => {
      const row = db.prepare('SELECT * FROM link_tokens WHERE token_hash = ?').get(tokenHash) as LinkRow | undefined;
      return row ? toLink(row) : null;
    },
    redeemInvitation: async (tokenHash, at, user, session) =>
      transaction(db, () => {
        if (!usableLink(tokenHash, at, ['setup', 'invite'])) return null;
        markUsed(tokenHash, at);
        insertUser(user);
        insertSession(session);
        return toUser(userById(user.id)!);
      }),
    redeemReset: async (tokenHash, at, passwordHash, session) =>
      transaction(db, () => {
        const link = usableLink(tokenHash, at, ['reset']);
        const user = link?.user_id ? userById(link.user_id) : undefined;
        if (!user || user.active !== 1) return null;
        markUsed(tokenHash, at);
        db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, user.id);
        db.prepare('DELETE FROM sessions WHERE user_id = ?').run(user.id);
        insertSession({ ...session, userId: user.id });
        return toUser(userById(user.id)!);
      }),

    recordSignInFailure: async (keys, at) =>
      transaction(db, () => {
        const insert = db.prepare('INSERT INTO sign_in_failures (key, at) VALUES (?, ?)');
        for (const key of keys) insert.run(key, at);
      }),
    signInFailures: async (key, since) =>
      (db.prepare('SELECT at FROM sign_in_failures WHERE key = ? AND at >= ? ORDER BY at').all(key, since) as { at: string }[]).map(
        (r) => r.at,
      ),
    clearSignInFailures: async (key, before) =>
      transaction(db, () => {
        db.prepare('DELETE FROM sign_in_failures WHERE key = ?').run(key);
        db.prepare('DELETE FROM sign_in_failures WHERE at < ?').run(before);
      }),
  };
}
