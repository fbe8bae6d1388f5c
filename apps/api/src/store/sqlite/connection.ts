/**
 * @module
 * Opening a SQLite database configured for a server that shares it with other processes.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** The memory map of a connection's database file (see `openDatabase`). */
const MMAP_BYTES = 1_073_741_824;

/**
 * Maps `db`'s database file again, at its current size. A connection maps the file as it finds
 * it and grows the map when it writes to the file itself; pages another connection added since
 * (a checkpoint on another thread) are read by system calls until the map is made again.
 *
 * @example
 * remapDatabase(db);
 */
export function remapDatabase(db: DatabaseSync): void {
  // Only a change of the limit makes SQLite drop the map and map the file anew.
  db.exec(`PRAGMA mmap_size = ${MMAP_BYTES - 4096}`);
  db.exec(`PRAGMA mmap_size = ${MMAP_BYTES}`);
}

/** How long a writer waits for another process's lock before failing, in milliseconds (`DB_QUERY_TIMEOUT_MS`). */
export const BUSY_TIMEOUT_MS = 5000;

/** Options of a SQLite connection. */
export interface SqliteOptions {
  /** How long a writer waits for another process's lock (default `BUSY_TIMEOUT_MS`). */
  busyTimeoutMs?: number | undefined;
  /** The most pages the database may grow to: past it, writes fail as on a full disk (`SQLITE_FULL`). */
  maxPageCount?: number | undefined;
}

/**
 * A connection to the file at `path` (its directory is created if missing) or to `:memory:`.
 * WAL lets readers (the API) and a writer (an import in another process) work at the same time;
 * the busy timeout (default `BUSY_TIMEOUT_MS`) makes a second writer wait instead of failing.
 *
 * @example
 * const db = openDatabase('/srv/dateline/data/dateline.db', { busyTimeoutMs: 2000 });
 */
export function openDatabase(path: string, options: SqliteOptions = {}): DatabaseSync {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // node:sqlite is synchronous: while a writer waits for the lock, nothing else in the process runs.
  const db = new DatabaseSync(path, { enableForeignKeyConstraints: true, timeout: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS });
  // The default 2 MB page cache is too small for a search index: ranking and importing touch many
  // pages of it. 64 MB is a ceiling, used only as pages are read.
  db.exec('PRAGMA cache_size = -65536');
  // Reads through a memory map skip a system call and a copy per page; 1 GB of address space.
  db.exec(`PRAGMA mmap_size = ${MMAP_BYTES}`);
  if (options.maxPageCount !== undefined) db.exec(`PRAGMA max_page_count = ${Math.max(1, Math.floor(options.maxPageCount))}`);
  if (path !== ':memory:') {
    db.exec('PRAGMA journal_mode = WAL');
    // Durable at each checkpoint and safe against corruption in WAL mode, without an fsync per commit.
    db.exec('PRAGMA synchronous = NORMAL');
  }
  return db;
}

/**
 * Runs `write` without waiting for another process's lock: throws `SQLITE_BUSY` at once instead
 * of blocking the event loop for the busy timeout. For writes a request can do without.
 *
 * @example
 * try { withoutWaiting(db, () => stmt.run()); } catch (err) { if (!isBusy(err)) throw err; }
 */
export function withoutWaiting<T>(db: DatabaseSync, write: () => T): T {
  const { timeout } = db.prepare('PRAGMA busy_timeout').get() as { timeout: number };
  db.exec('PRAGMA busy_timeout = 0');
  try {
    return write();
  } finally {
    db.exec(`PRAGMA busy_timeout = ${Number(timeout)}`);
  }
}
