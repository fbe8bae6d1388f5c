/**
 * @module
 * Applies pending migrations to a SQLite database, each in its own transaction together with its
 * record in `schema_migrations`, so a failed migration leaves the schema at the previous version.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { SchemaReport } from '../store.ts';
import { MIGRATIONS } from './migration.ts';
import type { Migration } from './migration-type.ts';
import { transaction } from './transaction.ts';

/**
 * Brings `db` up to the newest known migration. Another process migrating at the same time is
 * safe: the version is re-read inside the write transaction, so each step runs once.
 *
 * @example
 * const report = migrateDatabase(db); // { from: 0, to: 1, applied: [{ version: 1, name: 'initial' }] }
 */
export function migrateDatabase(db: DatabaseSync, migrations: readonly Migration[] = MIGRATIONS): SchemaReport {
  // Looked up before creating: even `CREATE TABLE IF NOT EXISTS` takes the write lock, and an
  // up-to-date database must open while another process holds it (a long import, say).
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!hasTable) {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  }
  const from = currentVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new Error(`The database schema is at version ${from}, newer than this program knows (${latest}); upgrade Dateline.`);
  }
  const applied: SchemaReport['applied'] = [];
  // Only pending steps open a write transaction; the version is checked again inside it. Pending
  // means not recorded, not only past the highest: branches developed side by side take numbers
  // out of order, and a database may have the later one before the earlier.
  const isApplied = (version: number) => db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(version) !== undefined;
  for (const migration of migrations.filter((m) => !isApplied(m.version))) {
    const ran = transaction(db, () => {
      if (isApplied(migration.version)) return false;
      db.exec(migration.sql);
      migration.backfill?.(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
      return true;
    });
    if (ran) applied.push({ version: migration.version, name: migration.name });
  }
  return { from, to: currentVersion(db), applied };
}

/** The highest applied migration, 0 for an empty database. */
function currentVersion(db: DatabaseSync): number {
  const row = db.prepare('SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations').get() as { version: number };
  return Number(row.version);
}
