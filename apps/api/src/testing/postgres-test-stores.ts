/**
 * @module
 * The stores `testStore()` hands out when the route and app tests run on PostgreSQL (the
 * `postgres` project of vitest.config.ts). The run has one database, made by
 * postgres-global-setup.ts; a schema in it is migrated only when more are needed at once than
 * are free, and every schema a test used is emptied (schema-reset.ts) for the next test, because
 * migrating a schema for each test would cost more than the tests themselves.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openPostgresStore } from '../store/postgres/store.ts';
import type { Store } from '../store/store.ts';
import { resetScript } from './schema-reset.ts';

/** What the global setup hands the test files: the run's database, or why there is none. */
type PostgresTestRun = { url: string } | { error: string };

declare module 'vitest' {
  export interface ProvidedContext {
    postgresTestRun: PostgresTestRun;
  }
}

interface Schema {
  url: string;
  reset: string;
}

/** Stores opened and schemas taken in one test, or in the file's `beforeAll`. */
interface Scope {
  stores: Store[];
  schemas: Set<Schema>;
  named: Map<string, Schema>;
}

const newScope = (): Scope => ({ stores: [], schemas: new Set(), named: new Map() });
let fileScope = newScope();
let testScope: Scope | null = null;
// Schemas emptied and ready. The files a worker runs share them when they share this module.
const free: Schema[] = [];
// Test files run side by side in one database: their schemas carry a prefix of their own.
const prefix = `f${randomBytes(4).toString('hex')}_`;
let made = 0;
let admin: postgres.Sql | undefined;

/**
 * A migrated, empty store on PostgreSQL. Calls with the same `name` in one test (or in one
 * file's `beforeAll`) share a schema, as two SQLite stores on one file share a database.
 *
 * @example
 * const store = await openPostgresTestStore();
 * const api = await openPostgresTestStore('shared');
 * const importer = await openPostgresTestStore('shared'); // sees what `api` wrote
 */
export async function openPostgresTestStore(name?: string): Promise<Store> {
  const scope = testScope ?? fileScope;
  let schema = name === undefined ? undefined : scope.named.get(name);
  if (!schema) {
    schema = free.pop() ?? (await migratedSchema());
    scope.schemas.add(schema);
    if (name !== undefined) scope.named.set(name, schema);
  }
  const store = await openPostgresStore(schema.url, { poolSize: 4 });
  scope.stores.push(store);
  return store;
}

/**
 * Makes sure a migrated schema is free, so that migrating (slow on a busy server) happens in a
 * hook with time to spare rather than inside the first test that needs a store. Without a server
 * it does nothing, and each test fails with the reason instead of being counted as skipped.
 */
export async function prepareSchema(): Promise<void> {
  const run = inject('postgresTestRun');
  if (free.length === 0 && run && !('error' in run)) free.push(await migratedSchema());
}

/** Starts a test: what it opens is closed and emptied by `endTest`. */
export function beginTest(): void {
  testScope = newScope();
}

/** Closes the stores the test left open and empties the schemas it used, for the next test. */
export async function endTest(): Promise<void> {
  const scope = testScope;
  testScope = null;
  if (scope) await release(scope);
}

/** The same for what the file opened outside its tests; then closes the file's connection. */
export async function endFile(): Promise<void> {
  const scope = fileScope;
  fileScope = newScope();
  await release(scope);
  await admin?.end({ timeout: 5 });
  admin = undefined;
}

async function release(scope: Scope): Promise<void> {
  for (const store of scope.stores.reverse()) await store.close();
  for (const schema of scope.schemas) {
    await runAdmin().begin((tx) => tx.unsafe(schema.reset));
    free.push(schema);
  }
}

/** The run's database, or the reason there is none. */
function runUrl(): string {
  const run = inject('postgresTestRun');
  if (!run) throw new Error('DATELINE_TEST_STORE=postgres works only in the postgres project of vitest.config.ts');
  if ('error' in run) throw new Error(run.error);
  return run.url;
}

/** A connection to the run's database for creating and emptying schemas, open until the file ends. */
function runAdmin(): postgres.Sql {
  admin ??= postgres(runUrl(), { max: 1, onnotice: () => {} });
  return admin;
}

async function migratedSchema(): Promise<Schema> {
  const sql = runAdmin();
  made += 1;
  const schema = `${prefix}${made}`;
  await sql.unsafe(`CREATE SCHEMA ${schema}`);
  const url = new URL(runUrl());
  url.searchParams.set('search_path', schema);
  // Commits need not wait for the disk: a test database never outlives a crash.
  url.searchParams.set('synchronous_commit', 'off');
  const store = await openPostgresStore(url.toString(), { poolSize: 1 });
  try {
    await store.migrate();
  } finally {
    await store.close();
  }
  return { url: url.toString(), reset: await resetScript(sql, schema) };
}
