/**
 * @module
 * A large import into PostgreSQL with the search indexes built once at its end. Keeping the two
 * GIN indexes (words and pairs of words) up to date costs most of an import's server time, entry
 * by entry; building them over the finished table costs less once the import is large beside
 * what is already stored (see decision 033). Dropping an index is transactional on PostgreSQL, so
 * the whole import runs in one transaction that drops the indexes first and builds them again
 * last: interrupted anywhere (an error, a lost connection, a killed process, a server restart),
 * the transaction is undone, and the database has its indexes and none of the import's rows.
 */
import type { Store } from '../store.ts';
import type { Sql, Tx } from './connection.ts';
import { lockArticleWrites } from './article-write.ts';
import { withLongerStatements } from './statement-budget.ts';

/**
 * Below this many articles an import keeps the indexes up to date. At 20,000 stories building them
 * at the end cost a third less server CPU than keeping them up to date; at 10,000 it saved
 * nothing measurable (decision 033).
 */
const BULK_MINIMUM = 20_000;

/** Time allowed to build the search indexes, per stored article, beyond the usual query limit. */
const BUILD_MS_PER_ARTICLE = 20;

/** Memory for building each index (the server's default is 64 MB), as measured: fewer, larger passes. */
const BUILD_MEMORY = '512MB';

/**
 * Whether an import of `expected` articles into a table of `stored` should build the search
 * indexes at its end instead of keeping them up to date: only a first load into a database with
 * no stories. Dropping an index holds the table, so every read would wait for the whole import;
 * with nothing stored there is nothing for readers to wait for, while on a live site they would
 * wait for minutes (a build would also pay beside a smaller archive, at a price in readers).
 *
 * @example
 * buildsIndexesAfter(100_000, 0); // true
 * buildsIndexesAfter(100_000, 10); // false
 */
export function buildsIndexesAfter(expected: number, stored: number): boolean {
  return expected >= BULK_MINIMUM && stored === 0;
}

/**
 * `tx` as a pool for the stores' functions: what they begin as a transaction becomes a savepoint
 * of `tx`, so their own rollbacks still undo only their own work, and nothing ends the connection.
 */
function asPool(tx: Tx): Sql {
  return new Proxy(tx, {
    get: (target, prop) => {
      if (prop === 'begin') return (...args: unknown[]) => (target.savepoint as (...a: unknown[]) => unknown)(...args);
      if (prop === 'end') return async () => undefined;
      if (prop === 'reserve') {
        return async () => {
          throw new Error('A bulk import has the connection to itself; nothing may reserve another inside it.');
        };
      }
      return Reflect.get(target, prop);
    },
  }) as unknown as Sql;
}

/**
 * Runs `load` with a store to import through. When `expected` is a large first load into no stories
 * (`buildsIndexesAfter`), that store works inside one transaction which drops the GIN search
 * indexes first and builds them again, as they were defined, once `load` has finished; if
 * anything fails the whole import is undone and the indexes stay. Otherwise `load` gets `store`.
 * Searches and other writers wait for a bulk import to end (and may run out of time).
 *
 * @example
 * await importInBulk(pool, postgresStore, store, 100_000, async (bulk) => { await bulk.saveArticles(items); });
 */
export async function importInBulk<T>(
  pool: Sql,
  storeOn: (sql: Sql) => Store,
  store: Store,
  expected: number,
  load: (store: Store) => Promise<T>,
): Promise<T> {
  const [count] = await pool<{ n: number }[]>`SELECT count(*)::int AS n FROM article_search`;
  if (!buildsIndexesAfter(expected, count?.n ?? 0)) return load(store);
  return (await pool.begin(async (tx) => {
    // Taken first and held to the end: no other writer decides against rows it cannot see yet.
    await lockArticleWrites(tx);
    const indexes = await tx<{ name: string; definition: string }[]>`
      SELECT indexname AS name, indexdef AS definition FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename = 'article_search' AND indexdef LIKE '% USING gin %' ORDER BY indexname`;
    for (const { name } of indexes) await tx.unsafe(`DROP INDEX ${quoteName(name)}`);
    const result = await load(storeOn(asPool(tx)));
    const [rows] = await tx<{ n: number }[]>`SELECT count(*)::int AS n FROM article_search`;
    await withLongerStatements(tx, (rows?.n ?? 0) * BUILD_MS_PER_ARTICLE, async (long) => {
      await long`SELECT set_config('maintenance_work_mem', ${BUILD_MEMORY}, true)`;
      for (const { definition } of indexes) await long.unsafe(definition);
    });
    return result;
  })) as T;
}

/** `name` as a quoted SQL identifier. */
function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
