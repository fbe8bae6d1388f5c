/**
 * @module
 * `AccountStore` on both databases. Redeeming a link is one transaction of the query layer: the
 * link is claimed by a conditional `UPDATE … RETURNING`, so of two redemptions at once one wins,
 * and an address already taken is `ON CONFLICT (email) DO NOTHING` (no error text to match).
 * Recording a session's use differs per engine and is passed in (`session-touch.ts`).
 */
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
import { type Db, type DbValue, isoTime, isoTimeOrNull } from './db.ts';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  /** 1 or 0 on SQLite, a boolean on PostgreSQL. */
  active: number | boolean;
  created_at: string | Date;
  last_seen_at: string | Date | null;
}

interface SessionRow {
  id_hash: string;
  user_id: string;
  created_at: string | Date;
  last_seen_at: string | Date;
  expires_at: string | Date;
}

/** A session with its person's columns, as `findSession` reads them in one query. */
interface SessionUserRow extends SessionRow {
  email: string;
  name: string;
  role: string;
  active: number | boolean;
  user_created_at: string | Date;
  user_last_seen_at: string | Date | null;
}

interface LinkRow {
  token_hash: string;
  kind: string;
  role: string;
  email: string | null;
  name: string | null;
  user_id: string | null;
  created_at: string | Date;
  expires_at: string | Date;
  used_at: string | Date | null;
}

const USER_COLUMNS = 'id, email, name, role, password_hash, active, created_at, last_seen_at';
const LINK_COLUMNS = 'token_hash, kind, role, email, name, user_id, created_at, expires_at, used_at';

const toStoredUser = (row: UserRow): StoredUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as Role,
  active: row.active === true || row.active === 1,
  createdAt: isoTime(row.created_at),
  lastSeenAt: isoTimeOrNull(row.last_seen_at),
  passwordHash: row.password_hash,
});

const toUser = (row: UserRow): User => {
  const { passwordHash: _hash, ...user } = toStoredUser(row);
  return user;
};

const toSession = (row: SessionRow): Session => ({
  idHash: row.id_hash,
  userId: row.user_id,
  createdAt: isoTime(row.created_at),
  lastSeenAt: isoTime(row.last_seen_at),
  expiresAt: isoTime(row.expires_at),
});

const toLink = (row: LinkRow): LinkToken => ({
  tokenHash: row.token_hash,
  kind: row.kind as LinkToken['kind'],
  role: row.role as Role,
  email: row.email,
  name: row.name,
  userId: row.user_id,
  createdAt: isoTime(row.created_at),
  expiresAt: isoTime(row.expires_at),
  usedAt: isoTimeOrNull(row.used_at),
});

async function insertUser(db: Db, user: NewUser): Promise<UserRow> {
  const row = await db.get<UserRow>(
    `INSERT INTO users (id, email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (email) DO NOTHING RETURNING ${USER_COLUMNS}`,
    [user.id, user.email, user.name, user.role, user.passwordHash, user.createdAt],
  );
  if (!row) throw new EmailTakenError(user.email);
  return row;
}

async function insertSession(db: Db, s: Session): Promise<void> {
  await db.run('INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)', [
    s.idHash,
    s.userId,
    s.createdAt,
    s.lastSeenAt,
    s.expiresAt,
  ]);
}

/** Marks the link used when it is of `kinds` (a list of quoted literals), unused and unexpired at `at`; the row, or undefined. */
const claimLink = (db: Db, tokenHash: string, at: string, kinds: string) =>
  db.get<LinkRow>(
    `UPDATE link_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? AND kind IN (${kinds})
     RETURNING ${LINK_COLUMNS}`,
    [at, tokenHash, at],
  );

// Thrown inside a redemption to undo its claim: the link stays unused.
class Unusable extends Error {}

/**
 * The account methods of a store over `db` (migrated to version 14 or later), recording a
 * session's use with the database's own `touchSession`.
 *
 * @example
 * const accounts = accountStore(sqliteDb(db), sqliteTouchSession(db));
 * await accounts.listUsers();
 */
export function accountStore(db: Db, touchSession: AccountStore['touchSession']): AccountStore {
  const userById = (q: Db, id: string) => q.get<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`, [id]);
  return {
    createUser: async (user) => toUser(await insertUser(db, user)),
    getUser: async (id) => {
      const row = await userById(db, id);
      return row ? toUser(row) : null;
    },
    findUserByEmail: async (email) => {
      const row = await db.get<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE email = ?`, [email]);
      return row ? toStoredUser(row) : null;
    },
    listUsers: async () => (await db.all<UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY created_at, id`)).map(toUser),
    countActiveAdmins: async () =>
      Number((await db.get<{ n: number | string }>("SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND active"))?.n ?? 0),
    updateUser: (id, change) =>
      db.transaction(async (tx) => {
        const active: DbValue = change.active === undefined ? null : change.active ? 1 : 0;
        // `? = 1`, not the bound number itself: PostgreSQL's driver would write a number bound to a boolean as false.
        const row = await tx.get<UserRow>(
          `UPDATE users SET role = COALESCE(?, role), active = COALESCE(? = 1, active) WHERE id = ? RETURNING ${USER_COLUMNS}`,
          [change.role ?? null, active, id],
        );
        if (!row) return null;
        if (change.active === false) await tx.run('DELETE FROM sessions WHERE user_id = ?', [id]);
        return toUser(row);
      }),

    createSession: (session) => insertSession(db, session),
    findSession: async (idHash) => {
      const row = await db.get<SessionUserRow>(
        `SELECT s.id_hash, s.user_id, s.created_at, s.last_seen_at, s.expires_at,
           u.email, u.name, u.role, u.active, u.created_at AS user_created_at, u.last_seen_at AS user_last_seen_at
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ?`,
        [idHash],
      );
      if (!row) return null;
      const { email, name, role, active } = row;
      const user = toUser({
        id: row.user_id,
        email,
        name,
        role,
        active,
        password_hash: '',
        created_at: row.user_created_at,
        last_seen_at: row.user_last_seen_at,
      });
      return { session: toSession(row), user };
    },
    touchSession,
    deleteSession: async (idHash) => {
      await db.run('DELETE FROM sessions WHERE id_hash = ?', [idHash]);
    },
    deleteUserSessions: (userId) => db.run('DELETE FROM sessions WHERE user_id = ?', [userId]),

    createLinkToken: async (link) => {
      await db.run(
        'INSERT INTO link_tokens (token_hash, kind, role, email, name, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [link.tokenHash, link.kind, link.role, link.email, link.name, link.userId, link.createdAt, link.expiresAt],
      );
    },
    findLinkToken: async (tokenHash) => {
      const row = await db.get<LinkRow>(`SELECT ${LINK_COLUMNS} FROM link_tokens WHERE token_hash = ?`, [tokenHash]);
      return row ? toLink(row) : null;
    },
    redeemInvitation: (tokenHash, at, user, session) =>
      db.transaction(async (tx) => {
        if (!(await claimLink(tx, tokenHash, at, "'setup', 'invite'"))) return null;
        const row = await insertUser(tx, user);
        await insertSession(tx, session);
        return toUser(row);
      }),
    redeemReset: async (tokenHash, at, passwordHash, session) => {
      try {
        return await db.transaction(async (tx) => {
          const link = await claimLink(tx, tokenHash, at, "'reset'");
          if (!link) return null;
          const row =
            link.user_id === null
              ? undefined
              : await tx.get<UserRow>(`UPDATE users SET password_hash = ? WHERE id = ? AND active RETURNING ${USER_COLUMNS}`, [
                  passwordHash,
                  link.user_id,
                ]);
          if (!row) throw new Unusable();
          await tx.run('DELETE FROM sessions WHERE user_id = ?', [row.id]);
          await insertSession(tx, { ...session, userId: row.id });
          return toUser(row);
        });
      } catch (err) {
        if (err instanceof Unusable) return null;
        throw err;
      }
    },

    recordSignInFailure: async (keys, at) => {
      if (keys.length === 0) return;
      await db.run(
        `INSERT INTO sign_in_failures (key, at) VALUES ${keys.map(() => '(?, ?)').join(', ')}`,
        keys.flatMap((key) => [key, at]),
      );
    },
    signInFailures: async (key, since) =>
      (await db.all<{ at: string | Date }>('SELECT at FROM sign_in_failures WHERE key = ? AND at >= ? ORDER BY at', [key, since])).map(
        (r) => isoTime(r.at),
      ),
    clearSignInFailures: async (key, before) => {
      await db.run('DELETE FROM sign_in_failures WHERE key = ? OR at < ?', [key, before]);
    },
  };
}
