/**
 * @module
 * One line for a person at a terminal about an error that is part of running the program (a
 * locked or unreachable database, a file that cannot be read or written), saying what happened
 * and what to do; anything else is a bug, and keeps its stack.
 */
import { BUSY_TIMEOUT_MS } from '../store/sqlite/connection.ts';
import { unavailableCause } from '../store/unavailable.ts';

/** SQLite result codes (the low byte of an extended code) that mean the file, not the program, is at fault. */
const SQLITE_FILE_ERRORS: Record<number, string> = {
  3: 'SQLite may not open the database file',
  8: 'The SQLite database is read-only for this user',
  10: 'SQLite could not read or write the database file',
  13: 'The disk holding the SQLite database is full',
  14: 'SQLite cannot open the database file',
  23: 'SQLite may not open the database file',
  26: 'The file is not a SQLite database',
};

const FILE_ERRORS: Record<string, string> = {
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EROFS: 'The file system is read-only',
  ENOENT: 'No such file or folder',
  ENOTDIR: 'A part of the path is not a folder',
  EEXIST: 'A file is in the way of a folder',
  ENOSPC: 'No space left on the device',
};

const field = (err: object, name: string): unknown => (err as Record<string, unknown>)[name];

/**
 * The line to print for `err` when it is an expected operational error, or null for a bug.
 * `env` is the command's environment, to say how long it waited.
 *
 * @example
 * operationalMessage(err, process.env); // 'The database is locked by another process …'
 */
export function operationalMessage(err: unknown, env: Record<string, string | undefined>): string | null {
  if (typeof err !== 'object' || err === null || !(err instanceof Error)) return null;
  const unavailable = unavailableCause(err);
  if (unavailable?.kind === 'locked') {
    const waited = env.DB_QUERY_TIMEOUT_MS?.trim() || String(BUSY_TIMEOUT_MS);
    return `The database is locked by another process (an import or another long write) and stayed locked longer than this command waits (DB_QUERY_TIMEOUT_MS: ${waited} ms). Try again once it has finished, or set DB_QUERY_TIMEOUT_MS higher to wait longer.`;
  }
  if (unavailable?.kind === 'timeout') {
    return `The database did not answer in time (${err.message}). Check that it is up and not overloaded, then try again; DB_QUERY_TIMEOUT_MS sets how long a query may take.`;
  }
  if (unavailable?.kind === 'full') {
    return `The database's disk is full (${err.message}). Free some space, then run the command again: what was stored before stays.`;
  }
  if (unavailable) {
    if (err.name === 'StoreUnavailableError') return err.message;
    return `The database cannot be reached (${err.message}). Check that PostgreSQL is running and that DATABASE_URL names it, then try again.`;
  }
  const errcode = field(err, 'errcode');
  const sqlite = typeof errcode === 'number' ? SQLITE_FILE_ERRORS[errcode & 0xff] : undefined;
  if (sqlite) return `${sqlite} (${err.message}). Check DATABASE_URL, and that this user may read and write the file and its folder.`;
  const code = field(err, 'code');
  const file = typeof code === 'string' ? FILE_ERRORS[code] : undefined;
  if (file) {
    const path = field(err, 'path');
    return `${file}${typeof path === 'string' ? `: ${path}` : ''}. Check the path, and that this user may read and write it.`;
  }
  return null;
}
