/**
 * @module
 * The thin query layer the plain stores are written against once, for both databases: SQL text
 * with `?` placeholders and its values, run by `sqlite/db.ts` (prepared statements, kept) or
 * `postgres/db.ts` (placeholders numbered, prepared on the server). It is deliberately small: no
 * query building, only what both databases accept as it is written (see
 * docs/decisions/032-shared-query-layer.md). Stores whose SQL really differs keep their own.
 */
/** A value bound to a `?` placeholder: what both drivers accept without conversion. */
export type DbValue = string | number | null;

/** One statement a step (`steps.ts`) asks its runner for. */
interface Statement {
  op: 'all' | 'get' | 'run';
  text: string;
  values: readonly DbValue[];
}

/** Steps (`steps.ts`) that resolve to `T`: the statements they yield, given back their results. */
export type Steps<T> = Generator<Statement, T, unknown>;

/**
 * Runs plain SQL, written once with `?` placeholders, on one database. `Native` is the engine's
 * own handle (`native`), for the few per-engine pieces a shared store is handed.
 */
export interface Db<Native = unknown> {
  /** Every row `text` selects or returns. */
  all<Row>(text: string, values?: readonly DbValue[]): Promise<Row[]>;
  /** The first row `text` selects or returns, or undefined. */
  get<Row>(text: string, values?: readonly DbValue[]): Promise<Row | undefined>;
  /**
   * The first column of the first row `text` selects, as a number (0 when there is no row): a
   * count or a revision, read on every cached request, so SQLite reads it as an array.
   */
  number(text: string, values?: readonly DbValue[]): Promise<number>;
  /** Runs `text`; resolves to the number of rows it inserted, changed or deleted. */
  run(text: string, values?: readonly DbValue[]): Promise<number>;
  /**
   * A subquery's text selecting each string of a JSON array bound to its one `?` (as
   * `JSON.stringify(ids)`): how a list of ids is written once for both engines, `IN (${db.jsonIds})`.
   */
  readonly jsonIds: string;
  /**
   * The placeholder of a JSON value written to a JSON column, bound as `db.jsonText(value)`:
   * `?` on SQLite (JSON is text there), a cast from text on PostgreSQL.
   */
  readonly json: string;
  /**
   * The placeholder of a timestamp bound as ISO text where the statement gives it no type (a
   * `SELECT` list): `?` on SQLite (timestamps are that text), a cast on PostgreSQL.
   */
  readonly time: string;
  /** `value` as the JSON text this database stores (PostgreSQL refuses a lone surrogate, so it becomes U+FFFD there). */
  jsonText(value: unknown): string;
  /**
   * Runs `work` in one transaction and resolves to what it returns: every statement `work` runs
   * through `tx` is committed together, or, when `work` throws, none is (the error is rethrown).
   * Statements must go through `tx`, never through this `Db`: on PostgreSQL they would run outside
   * the transaction, on SQLite they would wait for it to end, so both refuse them with
   * `OuterDbInTransactionError` (`inside-transaction.ts`). Called on `tx`, it joins the open
   * transaction. On SQLite transactions take turns on the connection and other calls wait while
   * one is open (`sqlite/turns.ts`); on PostgreSQL `tx` is one pooled connection.
   */
  transaction<T>(work: (tx: Db<Native>) => Promise<T>): Promise<T>;
  /**
   * Runs `steps` (see `steps.ts`) in one transaction, as `transaction` runs its work, and resolves
   * to what they return. On SQLite they run synchronously inside one `BEGIN IMMEDIATE … COMMIT`, so
   * nothing else can run between them and there is no turn to wait for; on PostgreSQL each is
   * awaited on one pooled connection. Called on `tx`, the steps join the open transaction.
   */
  atomically<T>(steps: Steps<T>): Promise<T>;
  /**
   * Whether `run` counts the rows a foreign key's `ON DELETE CASCADE` deleted: PostgreSQL counts
   * every row a `DELETE` removed, SQLite only those its `WHERE` reached first.
   */
  readonly countsCascaded: boolean;
  /** Whether `err` is this engine's refusal of a row whose foreign key names a row that is not there. */
  isForeignKeyViolation(err: unknown): boolean;
  /**
   * What the engine's own code runs its statements on: SQLite's connection, or PostgreSQL's pool
   * or, for a transaction's `tx`, its connection.
   */
  readonly native: Native;
}

/** How JSON written to a JSON column is spelled on one engine: the placeholder and the text bound to it. */
export type JsonSpelling = Pick<Db, 'json' | 'jsonText'>;

/**
 * A timestamp column as the API reports it: SQLite stores the ISO text itself, PostgreSQL hands
 * back a `Date` for `timestamptz`.
 *
 * @example
 * isoTime(new Date(0)); // '1970-01-01T00:00:00.000Z'
 * isoTime('2026-05-08T09:30:00.000Z'); // the same text
 */
export function isoTime(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString();
}

/**
 * A JSON column as read: SQLite hands back its text, PostgreSQL's driver the parsed value.
 *
 * @example
 * fromJson<string[]>('["a"]'); // ['a']
 * fromJson<string[]>(['a']); // the same array
 */
export function fromJson<T>(value: string | T): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/**
 * `isoTime` for a column that may be null.
 *
 * @example
 * isoTimeOrNull(null); // null
 */
export function isoTimeOrNull(value: string | Date | null): string | null {
  return value === null ? null : isoTime(value);
}
