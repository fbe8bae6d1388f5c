/**
 * @module
 * The PostgreSQL side of the shared query layer (`sql/db.ts`): the `?` placeholders become `$1`,
 * `$2`… (once per text, kept), and the query is prepared on the server as the driver's tagged
 * templates are. A transaction runs on one connection of the pool (`sql.begin`), and the `Db` it
 * hands its work is over that connection.
 */
import type { UnsafeQueryOptions } from 'postgres';
import type { Db, DbValue, Steps } from '../sql/db.ts';
import { insideTransaction, refuseInside } from '../sql/inside-transaction.ts';
import { awaitSteps } from '../sql/steps.ts';
import type { Queryable, Sql } from './connection.ts';

const numbered = new Map<string, string>();

// JSON text PostgreSQL accepts: a lone surrogate becomes U+FFFD (as in article-insert.ts).
function jsonText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.toWellFormed() : v));
}

/** `text` with its `?` placeholders numbered; the plain stores' SQL has no other `?`. */
function placeholders(text: string): string {
  let out = numbered.get(text);
  if (out === undefined) {
    let n = 0;
    out = text.replace(/\?/g, () => `$${++n}`);
    numbered.set(text, out);
  }
  return out;
}

// Prepared like a tagged template; `simple: false` (missing from the driver's types) because
// without it a query with no values goes by the simple protocol, planned anew on every call.
const PREPARED = { prepare: true, simple: false } as UnsafeQueryOptions;

/**
 * The query layer over `sql`: a pool, or the connection of an open transaction (then
 * `transaction` joins it).
 *
 * @example
 * const rows = await postgresDb(sql).all<{ id: string }>('SELECT id FROM articles WHERE slug = ?', [slug]);
 */
export function postgresDb(sql: Queryable): Db<Queryable> {
  const pool = isPool(sql);
  const query = (text: string, values: readonly DbValue[]) => {
    // The pool inside one of its transactions' work would run this on another connection, outside it.
    if (pool) refuseInside(sql);
    return sql.unsafe(placeholders(text), values as DbValue[], PREPARED);
  };
  const db: Db<Queryable> = {
    // A plain array, not the driver's result object, for callers that hand the rows on as they are.
    all: async <Row>(text: string, values: readonly DbValue[] = []) => [...(await query(text, values))] as Row[],
    get: async <Row>(text: string, values: readonly DbValue[] = []) => (await query(text, values))[0] as Row | undefined,
    // Counts come back as text (bigint), hence Number.
    number: async (text, values = []) => Number(Object.values((await query(text, values))[0] ?? {})[0] ?? 0),
    run: async (text, values = []) => (await query(text, values)).count,
    // Bound as text: a parameter the server types as json the driver would stringify again.
    jsonIds: 'SELECT json_array_elements_text(?::text::json)',
    // Bound as text for the same reason.
    json: '?::text::json',
    time: '?::timestamptz',
    jsonText,
    transaction: pool
      ? async <T>(work: (tx: Db<Queryable>) => Promise<T>) => {
          refuseInside(sql);
          return insideTransaction(sql, async () => (await sql.begin((tx) => work(postgresDb(tx)))) as T);
        }
      : (work) => work(db),
    atomically: pool
      ? async <T>(steps: Steps<T>) => {
          refuseInside(sql);
          return (await sql.begin((tx) => awaitSteps(postgresDb(tx), steps))) as T;
        }
      : (steps) => awaitSteps(db, steps),
    countsCascaded: true,
    // 23503: foreign_key_violation.
    isForeignKeyViolation: (err) => (err as { code?: unknown } | null)?.code === '23503',
    native: sql,
  };
  return db;
}

// Only a pool can begin a transaction; a transaction's connection has savepoints instead. Read
// as a property, not with `in`: the pool with deadlines is a proxy that answers property reads.
const isPool = (sql: Queryable): sql is Sql => typeof (sql as Partial<Sql>).begin === 'function';
