/**
 * @module
 * Online backup and restore of a SQLite database with SQLite's backup API (`node:sqlite`'s
 * `backup()`): the copy is one consistent snapshot, taken while other processes go on reading
 * and writing, and is itself a SQLite database that opens like the original.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { BackupError } from './backup-error.ts';
import { CONTENT_TABLES, describeContent } from './content-tables.ts';

// All pages in one step: one read transaction, so one snapshot. In smaller steps, any write by
// another process between two steps starts the copy again, and a busy newsroom could keep it from
// ever finishing. A WAL reader does not hold writers up, so they carry on meanwhile.
const ALL_PAGES = 2_147_483_647;

/**
 * Copies the database at `source` to `target` (replaced only once the copy is complete and
 * checked); resolves with the number of bytes written.
 *
 * @example
 * await backupSqlite('/srv/dateline/data/dateline.db', '/backups/dateline-2026-05-08.db');
 */
export async function backupSqlite(source: string, target: string): Promise<number> {
  if (source === ':memory:') throw new BackupError('an in-memory database has nothing to back up: set DATABASE_URL to the database file.');
  if (!existsSync(source)) throw new BackupError(`there is no database at ${source}: check DATABASE_URL.`);
  const partial = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  const db = new DatabaseSync(source, { readOnly: true, timeout: 5000 });
  try {
    await backup(db, partial, { rate: ALL_PAGES });
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  } finally {
    db.close();
  }
  // A single file to keep or copy: the snapshot leaves WAL mode, so it needs no -wal beside it.
  const copy = new DatabaseSync(partial);
  try {
    copy.exec('PRAGMA journal_mode = DELETE');
    const [check] = copy.prepare('PRAGMA quick_check').all() as { quick_check: string }[];
    if (check?.quick_check !== 'ok')
      throw new BackupError(`the copy failed SQLite's check (${String(check?.quick_check)}); the source may be damaged.`);
  } catch (err) {
    copy.close();
    await rm(partial, { force: true });
    throw err;
  }
  copy.close();
  await rename(partial, target);
  return (await stat(target)).size;
}

/**
 * What the database at `path` holds that people made (`3 articles, 1 person`), or null when it is
 * empty or does not exist yet.
 *
 * @example
 * sqliteContent('/srv/dateline/data/dateline.db'); // null
 */
export function sqliteContent(path: string): string | null {
  if (path !== ':memory:' && !existsSync(path)) return null;
  const db = new DatabaseSync(path, { readOnly: path !== ':memory:' });
  try {
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name),
    );
    const counts: Record<string, number> = {};
    for (const [table] of CONTENT_TABLES) {
      if (tables.has(table)) counts[table] = Number((db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n);
    }
    return describeContent(counts);
  } finally {
    db.close();
  }
}

/**
 * Copies the SQLite backup at `backupFile` into the database at `target`, through the backup API
 * so a file other processes have open is replaced safely. The caller checks that `target` is empty
 * and migrates it afterwards.
 *
 * @example
 * await restoreSqlite('/backups/dateline-2026-05-08.db', '/srv/dateline/data/dateline.db');
 */
export async function restoreSqlite(backupFile: string, target: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const source = new DatabaseSync(backupFile, { readOnly: true });
  try {
    const [check] = source.prepare('PRAGMA quick_check').all() as { quick_check: string }[];
    if (check?.quick_check !== 'ok')
      throw new BackupError(`${backupFile} is damaged (${String(check?.quick_check)}): nothing was restored.`);
    await backup(source, target, { rate: ALL_PAGES });
  } finally {
    source.close();
  }
  // The restored file is the database now: back to WAL, which the API expects of it.
  const db = new DatabaseSync(target);
  db.exec('PRAGMA journal_mode = WAL');
  db.close();
}
