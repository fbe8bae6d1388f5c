/**
 * @module
 * Opening a SQLite database configured for a server that shares it with other processes.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** How long a writer waits for another process's lock before failing, in milliseconds. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * A connection to the file at `path` (its directory is created if missing) or to `:memory:`.
 * WAL lets readers (the API) and a writer (an import in another process) work at the same time;
 * the busy timeout makes a second writer wait instead of failing.
 *
 * @example
 * const db = openDatabase('/srv/dateline/data/dateline.db');
 */
export function openDatabase(path: string): DatabaseSync {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, { enableForeignKeyConstraints: true, timeout: BUSY_TIMEOUT_MS });
  // The default 2 MB page cache is too small for a search index: ranking and importing touch many
  // pages of it. 64 MB is a ceiling, used only as pages are read.
  db.exec('PRAGMA cache_size = -65536');
  // Reads through a memory map skip a system call and a copy per page; 1 GB of address space.
  db.exec('PRAGMA mmap_size = 1073741824');
  if (path !== ':memory:') {
    db.exec('PRAGMA journal_mode = WAL');
    // Durable at each checkpoint and safe against corruption in WAL mode, without an fsync per commit.
    db.exec('PRAGMA synchronous = NORMAL');
  }
  return db;
}
