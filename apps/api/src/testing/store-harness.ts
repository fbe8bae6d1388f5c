/**
 * @module
 * One way to get real, empty databases of either kind, so the same tests run against SQLite and
 * PostgreSQL: the store contract suite, and the route tests that build the app over a store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import postgres from 'postgres';
import type { Db } from '../store/sql/db.ts';
import { openPool } from '../store/postgres/connection.ts';
import { postgresDb } from '../store/postgres/db.ts';
import { migratePostgres } from '../store/postgres/migrate.ts';
import { PG_MIGRATIONS } from '../store/postgres/migration.ts';
import { openPostgresStore } from '../store/postgres/store.ts';
import { openDatabase } from '../store/sqlite/connection.ts';
import { sqliteDb } from '../store/sqlite/db.ts';
import { migrateDatabase } from '../store/sqlite/migrate.ts';
import { MIGRATIONS } from '../store/sqlite/migration.ts';
import { openSqliteStore } from '../store/sqlite/store.ts';
import type { Store } from '../store/store.ts';
import { createTestDatabase, type TestDatabase } from './postgres.ts';

/** The kinds of database the API runs on. */
export type StoreKind = 'sqlite' | 'postgres';
export const STORE_KINDS: readonly StoreKind[] = ['sqlite', 'postgres'];

/** One empty database of a test. */
export interface TestDb {
  /** Its `DATABASE_URL`, for a child process to open it. */
  url: string;
  /** A new store on it (a new connection, or pool), not migrated; closed by `cleanup`. */
  open(): Promise<Store>;
  /** A new migrated store on it. */
  openMigrated(): Promise<Store>;
  /** Applies the migrations up to and including `version`, as an older build would have. */
  migrateTo(version: number): Promise<void>;
  /** The shared query layer over a new connection (or pool) to it, for the layer's own tests; closed by `cleanup`. */
  openDb(): Db;
  /** Runs SQL text directly, for setting up what an older build wrote. */
  exec(sql: string): Promise<void>;
  /** Rows of a query run directly, to look at what the store wrote. */
  rows(sql: string): Promise<Record<string, unknown>[]>;
}

/** Databases of one kind for a test file: `setup` in beforeAll, `cleanup` in afterEach, `teardown` in afterAll. */
export interface StoreHarness {
  kind: StoreKind;
  /** The schema version this build migrates the database to. */
  latestVersion: number;
  /** Every migration's version, in order (numbers may have gaps while branches merge). */
  versions: number[];
  setup(): Promise<void>;
  fresh(): Promise<TestDb>;
  cleanup(): Promise<void>;
  teardown(): Promise<void>;
}

/**
 * The harness for `kind`. SQLite databases are files in a temporary folder (so that two
 * connections can share one); PostgreSQL ones are schemas of a database made for this run.
 *
 * @example
 * const harness = storeHarness('postgres');
 * beforeAll(() => harness.setup());
 * afterEach(() => harness.cleanup());
 * afterAll(() => harness.teardown());
 * const store = await (await harness.fresh()).openMigrated();
 */
export function storeHarness(kind: StoreKind): StoreHarness {
  const closers: (() => Promise<void>)[] = [];
  const track = <T extends { close(): Promise<void> }>(x: T): T => {
    closers.push(() => x.close());
    return x;
  };
  const cleanup = async () => {
    for (const close of closers.splice(0).reverse()) await close();
  };
  const opened = (open: () => Promise<Store>) => ({
    open: async () => track(await open()),
    openMigrated: async () => {
      const store = track(await open());
      await store.migrate();
      return store;
    },
  });
  if (kind === 'sqlite') {
    let dir = '';
    let n = 0;
    return {
      kind,
      latestVersion: MIGRATIONS.at(-1)?.version ?? 0,
      versions: MIGRATIONS.map((m) => m.version),
      setup: async () => {
        dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
      },
      fresh: async () => {
        n += 1;
        const path = join(dir, `db-${n}.sqlite`);
        const raw = () => track(new DatabaseSyncCloser(path));
        return {
          url: `sqlite:${path}`,
          ...opened(async () => openSqliteStore(path)),
          migrateTo: async (version) => {
            migrateDatabase(
              raw().db,
              MIGRATIONS.filter((m) => m.version <= version),
            );
          },
          openDb: () => {
            const db = openDatabase(path);
            track({ close: async () => db.close() });
            return sqliteDb(db);
          },
          exec: async (sql) => raw().db.exec(sql),
          rows: async (sql) => raw().db.prepare(sql).all() as Record<string, unknown>[],
        };
      },
      cleanup,
      teardown: async () => {
        await cleanup();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  let database: TestDatabase | undefined;
  return {
    kind,
    latestVersion: PG_MIGRATIONS.at(-1)?.version ?? 0,
    versions: PG_MIGRATIONS.map((m) => m.version),
    setup: async () => {
      database = await createTestDatabase();
    },
    fresh: async () => {
      if (!database) throw new Error('call setup() first');
      const url = await database.schemaUrl();
      const raw = () => {
        const sql = postgres(url, { max: 1, onnotice: () => {} });
        track({ close: () => sql.end({ timeout: 1 }) });
        return sql;
      };
      return {
        url,
        ...opened(() => openPostgresStore(url, { poolSize: 4 })),
        migrateTo: async (version) => {
          await migratePostgres(
            raw(),
            PG_MIGRATIONS.filter((m) => m.version <= version),
          );
        },
        openDb: () => {
          const sql = openPool(url, { poolSize: 4 });
          track({ close: () => sql.end({ timeout: 1 }) });
          return postgresDb(sql);
        },
        exec: async (sql) => {
          await raw().unsafe(sql);
        },
        rows: async (sql) => [...(await raw().unsafe(sql))] as Record<string, unknown>[],
      };
    },
    cleanup,
    teardown: async () => {
      await cleanup();
      await database?.drop();
    },
  };
}

/** A raw SQLite connection with the close method the cleanup expects. */
class DatabaseSyncCloser {
  readonly db: DatabaseSync;
  constructor(path: string) {
    this.db = new DatabaseSync(path, { enableForeignKeyConstraints: true, timeout: 5000 });
  }
  async close(): Promise<void> {
    if (this.db.isOpen) this.db.close();
  }
}
