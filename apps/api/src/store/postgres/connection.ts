/**
 * @module
 * The PostgreSQL connection pool, through `postgres` (see docs/decisions/002-postgres-driver.md).
 */
import postgres from 'postgres';
import { StoreUnavailableError } from '../store.ts';
import { DEADLINE_MARGIN_MS, pooledWithDeadline, type SocketFactory } from './deadline.ts';

/** A pool of connections; tagged-template calls on it are parameterised queries. */
export type Sql = postgres.Sql;
/** A pool or a transaction: anything that runs queries. */
export type Queryable = postgres.ISql;
/** A value the driver serialises to a json column. */
export type JsonValue = postgres.JSONValue;
/** An open transaction. */
export type Tx = postgres.TransactionSql;
/** A query fragment, nested into other queries with its parameters kept apart from the text. */
export type Fragment = postgres.Fragment;

/** Connections per process when `DATABASE_POOL_SIZE` is unset. */
const DEFAULT_POOL_SIZE = 10;

/** How long a query may run when `DB_QUERY_TIMEOUT_MS` is unset, in milliseconds. */
const DEFAULT_QUERY_TIMEOUT_MS = 5000;

/** How to pool connections. */
export interface PoolOptions {
  /** Connections at most (`DATABASE_POOL_SIZE`); default `DEFAULT_POOL_SIZE`. */
  poolSize?: number | undefined;
  /** The statement timeout (`DB_QUERY_TIMEOUT_MS`); default `DEFAULT_QUERY_TIMEOUT_MS`. */
  queryTimeoutMs?: number | undefined;
}

/**
 * A pool of at most `poolSize` connections to `url`. Sessions run in UTC so that anything the
 * database formats itself is in the same zone as the rest of the API, and without JIT. Every query has a deadline:
 * the server cancels it after `queryTimeoutMs`, and the client gives up a little later on a
 * server that does not answer at all (see `deadline.ts`); connecting has the same limit.
 *
 * @example
 * const sql = openPool('postgres://news@db/news', { poolSize: 20, queryTimeoutMs: 3000 });
 */
export function openPool(url: string, options: PoolOptions = {}): Sql {
  const timeoutMs = options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
  const open = (socket: SocketFactory) =>
    postgres(url, {
      // The driver takes a socket factory, though its types do not say so.
      ...({ socket } as object),
      max: options.poolSize ?? DEFAULT_POOL_SIZE,
      // NOTICEs (e.g. "already exists, skipping") are for people at a psql prompt, not server logs.
      onnotice: () => {},
      idle_timeout: 60,
      connect_timeout: Math.ceil(timeoutMs / 1000),
      // JIT compiles a query the planner costs high (a search over a big archive) for tens of
      // milliseconds, more than such a query takes to run; the API's queries are short.
      connection: { application_name: 'dateline', TimeZone: 'UTC', statement_timeout: timeoutMs, jit: 'off' },
    });
  return pooledWithDeadline(open, timeoutMs + DEADLINE_MARGIN_MS);
}

/**
 * Resolves once the server answers; otherwise closes the pool and throws `StoreUnavailableError`
 * with a reason fit for a terminal (no password).
 *
 * @example
 * await checkReachable(sql, 'postgres://news:***@db/news');
 */
export async function checkReachable(sql: Sql, label: string): Promise<void> {
  try {
    await sql`SELECT 1`;
  } catch (err) {
    await sql.end({ timeout: 0 });
    const reason = err instanceof Error ? err.message : String(err);
    throw new StoreUnavailableError(`Cannot connect to PostgreSQL at ${label}: ${reason}`);
  }
}

/**
 * `a AND b AND …` of `parts` (TRUE when there are none), to build a WHERE clause from optional
 * filters without ever putting a value into the query text.
 *
 * @example
 * sql`SELECT id FROM articles WHERE ${and(sql, [sql`status = ${'published'}`])}`;
 */
export function and(sql: Queryable, parts: readonly Fragment[]): Fragment {
  if (parts.length === 0) return sql`TRUE`;
  return parts.slice(1).reduce((acc, part) => sql`${acc} AND ${part}`, sql`${parts[0]!}`);
}
