/**
 * @module
 * A fresh PostgreSQL database per test file (`dateline_e2e_<random>`) on the server at
 * `PG_TEST_URL`, dropped afterwards, and a way to take it away from its clients and give it back
 * as an outage would.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** A user allowed to create databases, on the server the tests use. */
const PG_ADMIN_URL = process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface E2eDatabase {
  name: string;
  /** The URL the API and the CLI are given. */
  url: string;
  /** A small pool on the database, for the test's own checks. */
  sql: postgres.Sql;
  /**
   * Cuts every client (the test's own pool too) and refuses new connections, as when the database
   * server goes away; `true` lets them back in.
   */
  setReachable(reachable: boolean): Promise<void>;
  /** Drops the database after cutting any connection left open. */
  drop(): Promise<void>;
}

const quiet = { onnotice: () => {}, connect_timeout: 5 } as const;

/**
 * Creates an empty database; throws with the way to reach a server when there is none.
 *
 * @example
 * const db = await createE2eDatabase();
 * const api = await startApi(db.url);
 */
export async function createE2eDatabase(): Promise<E2eDatabase> {
  const name = `dateline_e2e_${randomBytes(6).toString('hex')}`;
  const admin = postgres(PG_ADMIN_URL, { ...quiet, max: 1 });
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } catch (err) {
    await admin.end({ timeout: 0 });
    throw new Error(`These tests need PostgreSQL at ${PG_ADMIN_URL} (set PG_TEST_URL): ${(err as Error).message}`);
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const sql = postgres(url.toString(), { ...quiet, max: 2 });
  const terminate = () => admin`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ${name} AND pid <> pg_backend_pid()`;
  return {
    name,
    url: url.toString(),
    sql,
    async setReachable(reachable) {
      await admin.unsafe(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS ${reachable}`);
      if (!reachable) await terminate();
    },
    async drop() {
      await sql.end({ timeout: 0 });
      await terminate();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}
