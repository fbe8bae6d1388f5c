/**
 * @module
 * The PostgreSQL implementation of `AccountStore`.
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
import type { Queryable, Sql } from './connection.ts';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  active: boolean;
  created_at: Date;
  last_seen_at: Date | null;
}

interface SessionRow {
  id_hash: string;
  user_id: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

interface LinkRow {
  token_hash: string;
  kind: string;
  role: string;
  email: string | null;
  name: string | null;
  user_id: string | null;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

const toStoredUser = (row: UserRow): StoredUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as Role,
  active: row.active,
  createdAt: row.created_at.toISOString(),
  lastSeenAt: row.last_seen_at?.toISOString() ?? null,
  passwordHash: row.password_hash,
});

const toUser = (row: UserRow): User => {
  const { passwordHash: _hash, ...user } = toStoredUser(row);
  return user;
};

const toSession = (row: SessionRow): Session => ({
  idHash: row.id_hash,
  userId: row.user_id,
  createdAt: row.created_at.toISOString(),
  lastSeenAt: row.last_seen_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
});

const toLink = (row: LinkRow): LinkToken => ({
  tokenHash: row.token_hash,
  kind: row.kind as LinkToken['kind'],
  role: row.role as Role,
  email: row.email,
  name: row.name,
  userId: row.user_id,
  createdAt: row.created_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
  usedAt: row.used_at?.toISOString() ?? null,
});

async function insertUser(sql: Queryable, user: NewUser): Promise<UserRow> {
  try {
    const [row] = await sql<UserRow[]>`
      INSERT INTO users (id, email, name, role, password_hash, created_at)
      VALUES (${user.id}, ${user.email}, ${user.name}, ${user.role}, ${user.passwordHash}, ${user.createdAt}) RETURNING *`;
    return row!;
  } catch (err) {
    if (err instanceof Error && 'constraint_name' in err && err.constraint_name === 'users_email_key')
      throw new EmailTakenError(user.email);
    throw err;
  }
}

async function insertSession(sql: Queryable, s: Session): Promise<void> {
  await sql`
    INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at)
    VALUES (${s.idHash}, ${s.userId}, ${s.createdAt}, ${s.lastSeenAt}, ${s.expiresAt})`;
}

/**
 * Marks the link used when it is of one of `kinds`, unused and unexpired at `at`; the row, or
 * undefined. The conditional UPDATE makes two redemptions at once race safely: one of them wins.
 */
async function claimLink(sql: Queryable, tokenHash: string, at: string, kinds: readonly string[]): Promise<LinkRow | undefined> {
  const [row] = await sql<LinkRow[]>`
    UPDATE link_tokens SET used_at = ${at}
    WHERE token_hash = ${tokenHash} AND used_at IS NULL AND expires_at > ${at} AND kind IN ${sql(kinds)}
    RETURNING *`;
  return row;
}

/**
 * The account methods of a store over `sql` (migrated to version 14 or later).
 *
 * @example
 * const accounts = postgresAccountStore(sql);
 * await accounts.listUsers();
 */
export function postgresAccountStore(sql: Sql): AccountStore {
  const userById = async (q: Queryable, id: string) => (await q<UserRow[]>`SELECT * FROM users WHERE id = ${id}`)[0];
  return {
    createUser: async (user) => toUser(await insertUser(sql, user)),
    getUser: async (id) => {
      const row = await userById(sql, id);
      return row ? toUser(row) : null;
    },
    findUserByEmail: async (email) => {
      const [row] = await sql<UserRow[]>`SELECT * FROM users WHERE email = ${email}`;
      return row ? toStoredUser(row) : null;
    },
    listUsers: async () => (await sql<UserRow[]>`SELECT * FROM users ORDER BY created_at, id`).map(toUser),
    countActiveAdmins: async () => {
      const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND active`;
      return row?.n ?? 0;
    },
    updateUser: (id, change) =>
      sql.begin(async (tx) => {
        const [row] = await tx<UserRow[]>`
          UPDATE users SET role = COALESCE(${change.role ?? null}, role), active = COALESCE(${change.active ?? null}::boolean, active)
          WHERE id = ${id} RETURNING *`;
        if (!row) return null;
        if (change.active === false) await tx`DELETE FROM sessions WHERE user_id = ${id}`;
        return toUser(row);
      }),

    createSession: (session) => insertSession(sql, session),
    findSession: async (idHash) => {
      const [row] = await sql<
        (SessionRow & {
          email: string;
          name: string;
          role: string;
          active: boolean;
          user_created_at: Date;
          user_last_seen_at: Date | null;
        })[]
      >`
        SELECT s.*, u.email, u.name, u.role, u.active, u.created_at AS user_created_at, u.last_seen_at AS user_last_seen_at
        FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ${idHash}`;
      if (!row) return null;
      const user = { id: row.user_id, email: row.email, name: row.name, role: row.role, active: row.active, password_hash: '' };
      return { session: toSession(row), user: toUser({ ...user, created_at: row.user_created_at, last_seen_at: row.user_last_seen_at }) };
    },
    // SKIP LOCKED, as for tokens: a row another transaction is changing is left alone, not waited for.
    touchSession: async (idHash, userId, at) => {
      await sql`
        WITH s AS (
          UPDATE sessions SET last_seen_at = ${at}
          WHERE id_hash = (SELECT id_hash FROM sessions WHERE id_hash = ${idHash} FOR UPDATE SKIP LOCKED)
        )
        UPDATE users SET last_seen_at = ${at}
        WHERE id = (SELECT id FROM users WHERE id = ${userId} FOR UPDATE SKIP LOCKED)`;
    },
    deleteSession: async (idHash) => {
      await sql`DELETE FROM sessions WHERE id_hash = ${idHash}`;
    },
    deleteUserSessions: async (userId) => (await sql`DELETE FROM sessions WHERE user_id = ${userId}`).count,

    createLinkToken: async (link) => {
      await sql`
        INSERT INTO link_tokens (token_hash, kind, role, email, name, user_id, created_at, expires_at)
        VALUES (${link.tokenHash}, ${link.kind}, ${link.role}, ${link.email}, ${link.name}, ${link.userId}, ${link.createdAt}, ${link.expiresAt})`;
    },
    findLinkToken: async (tokenHash) => {
      const [row] = await sql<LinkRow[]>`SELECT * FROM link_tokens WHERE token_hash = ${tokenHash}`;
      return row ? toLink(row) : null;
    },
    redeemInvitation: (tokenHash, at, user, session) =>
      sql.begin(async (tx) => {
        if (!(await claimLink(tx, tokenHash, at, ['setup', 'invite']))) return null;
        const row = await insertUser(tx, user);
        await insertSession(tx, session);
        return toUser(row);
      }),
    redeemReset: async (tokenHash, at, passwordHash, session) => {
      // Thrown inside to roll the claim back: a link whose person is gone or deactivated stays unused.
      const unusable = new Error('unusable reset link');
      try {
        return await sql.begin(async (tx) => {
          const link = await claimLink(tx, tokenHash, at, ['reset']);
          if (!link?.user_id) return null;
          const [row] = await tx<UserRow[]>`
            UPDATE users SET password_hash = ${passwordHash} WHERE id = ${link.user_id} AND active RETURNING *`;
          if (!row) throw unusable;
          await tx`DELETE FROM sessions WHERE user_id = ${row.id}`;
          await insertSession(tx, { ...session, userId: row.id });
          return toUser(row);
        });
      } catch (err) {
        if (err === unusable) return null;
        throw err;
      }
    },

    recordSignInFailure: async (keys, at) => {
      if (keys.length === 0) return;
      await sql`INSERT INTO sign_in_failures ${sql(keys.map((key) => ({ key, at })))}`;
    },
    signInFailures: async (key, since) =>
      (await sql<{ at: Date }[]>`SELECT at FROM sign_in_failures WHERE key = ${key} AND at >= ${since} ORDER BY at`).map((r) =>
        r.at.toISOString(),
      ),
    clearSignInFailures: async (key, before) => {
      await sql`DELETE FROM sign_in_failures WHERE key = ${key} OR at < ${before}`;
    },
  };
}
