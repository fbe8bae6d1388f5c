/**
 * @module
 * `DATABASE_URL` parsing: which store to open and where.
 */
import { isAbsolute, resolve } from 'node:path';

/** Where the data lives. */
export type DatabaseConfig =
  /** A SQLite file (absolute path), or `:memory:` for a database that vanishes on close. */
  (
    | { kind: 'sqlite'; path: string }
    /** A PostgreSQL database, reached through a pool of `poolSize` connections (default 10). */
    | { kind: 'postgres'; url: string; poolSize?: number | undefined }
  ) & {
    /**
     * How long a query may take, in milliseconds (`DB_QUERY_TIMEOUT_MS`): on SQLite how long a write
     * waits for another process's lock, on PostgreSQL the statement timeout.
     */
    queryTimeoutMs?: number | undefined;
  };

/** A `DATABASE_URL` that names no supported database. */
export class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError';
}

/**
 * The database named by `url`: `sqlite:<path>` (relative to `cwd`, or absolute), `sqlite::memory:`,
 * or `postgres://…` / `postgresql://…`. Unset or empty means the SQLite file `defaultPath`.
 *
 * @example
 * parseDatabaseUrl('sqlite:data/test.db', { cwd: '/srv', defaultPath: '/srv/data/dateline.db' });
 * // { kind: 'sqlite', path: '/srv/data/test.db' }
 */
export function parseDatabaseUrl(url: string | undefined, options: { cwd: string; defaultPath: string }): DatabaseConfig {
  const value = url?.trim() ?? '';
  if (value === '') return { kind: 'sqlite', path: options.defaultPath };
  if (/^postgres(?:ql)?:\/\/./i.test(value)) return { kind: 'postgres', url: value };
  if (value.toLowerCase().startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length);
    if (path === ':memory:') return { kind: 'sqlite', path: ':memory:' };
    if (path === '') throw new DatabaseUrlError('sqlite: needs a file path, as in sqlite:data/dateline.db, or sqlite::memory:');
    return { kind: 'sqlite', path: isAbsolute(path) ? path : resolve(options.cwd, path) };
  }
  throw new DatabaseUrlError('expected sqlite:<path>, sqlite::memory: or postgres://…');
}

/**
 * The database for people to read, without a password.
 *
 * @example
 * describeDatabase({ kind: 'postgres', url: 'postgres://app:secret@db/news' }); // 'postgres://app:***@db/news'
 */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === 'sqlite') return config.path === ':memory:' ? 'SQLite in memory' : `SQLite ${config.path}`;
  return config.url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}
