/**
 * @module
 * Applies pending migrations to a PostgreSQL database. Several API processes may start at once,
 * so the whole run holds a session advisory lock: the first migrates, the others wait and then
 * find nothing to do. Each migration commits with its `schema_migrations` row, so a failed one
 * leaves the schema at the previous version.
 */
import type { SchemaReport } from '../store.ts';
import type { Sql } from './connection.ts';
import { PG_MIGRATIONS } from './migration.ts';
import type { PgMigration } from './migration-type.ts';

/** The advisory lock key every Dateline process takes around migrating ("dateline" in ASCII, cut to 63 bits). */
const MIGRATION_LOCK_KEY = 0x646174656c696e65n & 0x7fffffffffffffffn;

/**
 * Brings the database up to the last of `migrations` (default: all this build knows).
 *
 * @example
 * await migratePostgres(sql); // { from: 0, to: 1, applied: [{ version: 1, name: 'initial' }] }
 */
export async function migratePostgres(pool: Sql, migrations: readonly PgMigration[] = PG_MIGRATIONS): Promise<SchemaReport> {
  // One reserved connection: the lock belongs to a session, and so does a hand-written BEGIN.
  const sql = await pool.reserve();
  try {
    // Waiting for another process's migration, or a backfill over every article, may take longer
    // than any request should; the limit comes back before the connection returns to the pool.
    await sql`SET statement_timeout = 0`;
    await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY.toString()}::bigint)`;
    try {
      return await applyPending(sql, migrations);
    } finally {
      await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY.toString()}::bigint)`.catch(() => undefined);
    }
  } finally {
    await sql`RESET statement_timeout`.catch(() => undefined);
    sql.release();
  }
}

async function applyPending(sql: Sql, migrations: readonly PgMigration[]): Promise<SchemaReport> {
  await sql.unsafe(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL
  )`);
  const from = await currentVersion(sql);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new Error(`The database schema is at version ${from}, newer than this program knows (${latest}); upgrade Dateline.`);
  }
  const applied: SchemaReport['applied'] = [];
  // Every migration not yet recorded, not only those past the highest: branches developed side by
  // side take numbers out of order, and a database may have the later one before the earlier.
  const done = new Set((await sql<{ version: number }[]>`SELECT version FROM schema_migrations`).map((r) => r.version));
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    await sql.unsafe('BEGIN');
    try {
      await sql.unsafe(migration.sql);
      await migration.backfill?.(sql);
      await sql`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${migration.version}, ${migration.name}, now())`;
      await sql.unsafe('COMMIT');
    } catch (err) {
      await sql.unsafe('ROLLBACK');
      throw err;
    }
    applied.push({ version: migration.version, name: migration.name });
  }
  return { from, to: await currentVersion(sql), applied };
}

/**
 * The highest applied migration, 0 for an empty database.
 *
 * @example
 * await currentVersion(sql); // 1
 */
async function currentVersion(sql: Sql): Promise<number> {
  const [row] = await sql<{ version: number }[]>`SELECT COALESCE(MAX(version), 0)::int AS version FROM schema_migrations`;
  return row?.version ?? 0;
}
