/**
 * @module
 * A client-side deadline on every query of a pool. The server's `statement_timeout` ends a slow
 * query with an error; a server or network that has gone silent sends nothing at all, and a query
 * on it would wait as long as TCP does (minutes). Past its deadline a query fails with
 * `StoreTimeoutError`, and the pool is replaced: its connections are taken for dead and their
 * sockets destroyed (a polite close would wait on the silent peer too), so the next queries open
 * new ones instead of queueing behind them.
 */
import { connect, type Socket } from 'node:net';
import type postgres from 'postgres';
import { StoreTimeoutError } from '../unavailable.ts';

type Sql = postgres.Sql;

/** Where the driver would connect, as it passes its parsed options to a `socket` factory. */
interface Endpoints {
  host: string[];
  port: number[];
  path?: string | false | undefined;
}

/** Makes the sockets of one pool, the driver's `socket` option, keeping them to destroy. */
export type SocketFactory = (endpoints: Endpoints) => Socket;

/** A pool's socket factory and a way to destroy every socket it made. */
function ownedSockets(): { factory: SocketFactory; destroy: () => void } {
  const open = new Set<Socket>();
  let next = 0;
  return {
    factory: ({ host, port, path }) => {
      // The driver writes its start-up message at once; a connecting socket holds it until connected.
      const i = next++ % host.length;
      const socket = path ? connect(path) : connect(port[i] ?? 5432, host[i]);
      // As libpq does: a COPY is several small writes (its data, then its end), and with Nagle's
      // algorithm each waited for the server's delayed acknowledgement of the one before, about
      // 40 ms a statement.
      socket.setNoDelay(true);
      open.add(socket);
      socket.once('close', () => open.delete(socket));
      return socket;
    },
    destroy: () => {
      for (const socket of open) socket.destroy();
    },
  };
}

/** How much longer than the server's statement timeout the client waits before giving up on a connection. */
export const DEADLINE_MARGIN_MS = 1000;

/** Runs `query` when it is awaited, failing after `ms` with `StoreTimeoutError` and calling `onTimeout`. */
function bounded<T>(query: T, ms: number, onTimeout: () => void): T {
  if (typeof query !== 'object' || query === null || typeof (query as { then?: unknown }).then !== 'function') return query;
  const run = (query as unknown as PromiseLike<unknown>).then.bind(query);
  // An own `then` shadows the driver's: the query object stays itself (it may be nested in another
  // query as a fragment), and only awaiting it starts the clock.
  Object.defineProperty(query, 'then', {
    configurable: true,
    value: (ok?: (value: unknown) => unknown, fail?: (reason: unknown) => unknown) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new StoreTimeoutError(`PostgreSQL did not answer within ${ms} ms.`));
          onTimeout();
        }, ms);
        run(
          (value) => (clearTimeout(timer), resolve(value)),
          (err: unknown) => (clearTimeout(timer), reject(err)),
        );
      }).then(ok, fail),
  });
  return query;
}

/** How to remake a pool or transaction made here with another deadline, the one it has, and what its timing out does. */
const remakes = new WeakMap<object, { ms: number; remake: (ms: number) => Sql; expire: () => void }>();

/** `target` (a pool or a transaction) with a deadline on each of its queries and those of its transactions. */
function withDeadline(current: () => Sql, ms: number, onTimeout: (pool: Sql) => void, onEnd?: (ending: Promise<void>) => void): Sql {
  const proxy = new Proxy(function deadlined() {}, {
    apply: (_fn, _this, args: unknown[]) => {
      const pool = current();
      return bounded((pool as unknown as (...a: unknown[]) => unknown)(...args), ms, () => onTimeout(pool));
    },
    get: (_fn, prop) => {
      const pool = current();
      const value: unknown = Reflect.get(pool, prop);
      if (typeof value !== 'function') return value;
      if (prop === 'end' && onEnd)
        return (...args: unknown[]) => {
          const ending = value.apply(pool, args) as Promise<void>;
          onEnd(ending);
          return ending;
        };
      if (prop === 'begin' || prop === 'savepoint') {
        return (...args: unknown[]) => {
          const body = args.at(-1) as (tx: Sql) => unknown;
          args[args.length - 1] = (tx: Sql) =>
            body(
              withDeadline(
                () => tx,
                ms,
                () => onTimeout(pool),
              ),
            );
          return value.apply(pool, args);
        };
      }
      if (prop === 'unsafe' || prop === 'file') return (...args: unknown[]) => bounded(value.apply(pool, args), ms, () => onTimeout(pool));
      // Everything else (reserve, end, json, …) goes to the pool as it is: a reserved connection
      // is for long work such as migrations, which sets its own limits.
      return value.bind(pool);
    },
  }) as unknown as Sql;
  remakes.set(proxy, { ms, remake: (longer) => withDeadline(current, longer, onTimeout), expire: () => onTimeout(current()) });
  return proxy;
}

/**
 * The client-side deadline of each query on `sql`, in milliseconds, or undefined when `sql` was
 * not made by `pooledWithDeadline` (nor is one of its transactions).
 *
 * @example
 * queryDeadlineMs(tx); // 6000
 */
export function queryDeadlineMs(sql: object): number | undefined {
  return remakes.get(sql)?.ms;
}

/**
 * `sql` (a pool or transaction made here) with a deadline of `ms` on each query instead, for work
 * known to take long, such as a large chunk of a bulk import; a query that runs out of time still
 * replaces the pool. Anything not made here comes back as it is.
 *
 * @example
 * await withQueryDeadline(tx, 30_000)`INSERT INTO articles SELECT …`;
 */
export function withQueryDeadline<T extends object>(sql: T, ms: number): T {
  const made = remakes.get(sql);
  return made ? (made.remake(ms) as unknown as T) : sql;
}

/**
 * `work` on `sql` (a pool or transaction made here) under the deadline of `sql`'s queries, for
 * work that is not one query, such as the data of a `COPY`: past it, `work` is given up with
 * `StoreTimeoutError` and the pool is replaced as for a query. Without a deadline, `work` as it is.
 *
 * @example
 * await untilDeadline(tx, finished(copyStream));
 */
export function untilDeadline<T>(sql: object, work: Promise<T>): Promise<T> {
  const made = remakes.get(sql);
  if (!made) return work;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new StoreTimeoutError(`PostgreSQL did not answer within ${made.ms} ms.`));
      made.expire();
    }, made.ms);
    work.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (err: unknown) => (clearTimeout(timer), reject(err)),
    );
  });
}

/**
 * A pool made by `open(socket)` (pass `socket` to the driver) whose queries fail with
 * `StoreTimeoutError` after `ms`; once one has, that pool is ended at once, its sockets are
 * destroyed, and a new one takes its place.
 *
 * @example
 * const sql = pooledWithDeadline((socket) => postgres(url, { socket, connection: { statement_timeout: 5000 } }), 6000);
 */
export function pooledWithDeadline(open: (socket: SocketFactory) => Sql, ms: number): Sql {
  const sockets = new Map<Sql, () => void>();
  const fresh = () => {
    const owned = ownedSockets();
    const pool = open(owned.factory);
    sockets.set(pool, owned.destroy);
    return pool;
  };
  const discard = (old: Sql) => {
    const destroy = sockets.get(old);
    sockets.delete(old);
    destroy?.();
  };
  let pool = fresh();
  let ended = false;
  return withDeadline(
    () => pool,
    ms,
    (timedOut) => {
      // Many queries on the dead pool time out together; the first one replaces it.
      if (ended || timedOut !== pool) return;
      pool = fresh();
      void timedOut.end({ timeout: 0 }).catch(() => undefined);
      discard(timedOut);
    },
    (ending) => {
      ended = true;
      const last = pool;
      void ending.finally(() => discard(last)).catch(() => undefined);
    },
  );
}
