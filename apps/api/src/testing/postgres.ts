/**
 * @module
 * Test databases on the real PostgreSQL server: each test run creates a database of its own and
 * drops it afterwards; each test gets a schema of its own inside it, so tests start empty (and
 * migrations start from nothing) without paying for a database each.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** The server the tests use (`PG_TEST_URL`), reached as a user allowed to create databases. */
export const PG_ADMIN_URL = process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A database created for one test run. */
export interface TestDatabase {
  /** Its name, `dateline_test_<random>`. */
  name: string;
  /** A URL for it, as the user of `PG_TEST_URL`. */
  url: string;
  /** A URL for a new, empty schema in it (the schema is created on the spot). */
  schemaUrl(): Promise<string>;
  /** Drops the database, cutting any connection left open. */
  drop(): Promise<void>;
}

/**
 * Creates `dateline_test_<random>` on the server at `PG_TEST_URL`. Throws a message saying how
 * to reach a server when there is none.
 *
 * @example
 * const db = await createTestDatabase();
 * const store = await openPostgresStore(await db.schemaUrl());
 * await db.drop();
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `dateline_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(PG_ADMIN_URL, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } catch (err) {
    await admin.end({ timeout: 0 });
    throw new Error(`The PostgreSQL tests need a server at ${PG_ADMIN_URL} (set PG_TEST_URL): ${(err as Error).message}`);
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const db = postgres(url.toString(), { max: 1, onnotice: () => {} });
  let schemas = 0;
  return {
    name,
    url: url.toString(),
    async schemaUrl() {
      schemas += 1;
      const schema = `t${schemas}`;
      await db.unsafe(`CREATE SCHEMA ${schema}`);
      const schemaUrl = new URL(url);
      schemaUrl.searchParams.set('search_path', schema);
      return schemaUrl.toString();
    },
    async drop() {
      await db.end({ timeout: 0 });
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}
