/**
 * @module
 * What a backup file is, from its first bytes: a SQLite database (what `dateline backup` writes
 * for SQLite) or a pg_dump archive in the custom format (what it writes for PostgreSQL).
 */
import { open } from 'node:fs/promises';

/** The database engine a backup file restores into. */
export type BackupKind = 'sqlite' | 'postgres';

/** Every SQLite database file starts with this. */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** pg_dump's custom format starts with this. */
const PGDUMP_MAGIC = Buffer.from('PGDMP', 'latin1');

/**
 * The kind of backup at `path`, or null for any other file. Throws the file system's error when
 * it cannot be read.
 *
 * @example
 * await backupKind('nightly.backup'); // 'postgres'
 */
export async function backupKind(path: string): Promise<BackupKind | null> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    const start = head.subarray(0, bytesRead);
    if (start.length >= SQLITE_MAGIC.length && start.equals(SQLITE_MAGIC)) return 'sqlite';
    if (start.subarray(0, PGDUMP_MAGIC.length).equals(PGDUMP_MAGIC)) return 'postgres';
    return null;
  } finally {
    await file.close();
  }
}
