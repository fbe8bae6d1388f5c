/**
 * @module
 * The SQLite side of the shared query layer (`sql/db.ts`): each text is prepared once per
 * connection and kept (`statements.ts`), and the synchronous calls are handed back as settled
 * promises. Transactions take turns on the connection (`turns.ts`), and a call made outside one
 * waits while one is open, so no statement of another request runs inside it between its awaits.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Db, DbValue, JsonSpelling } from '../sql/db.ts';
import { isForeignKeyViolation } from './error-codes.ts';
import { arrayStatement, statement } from './statements.ts';
import { runSteps } from './steps.ts';
import { awaitedTransaction, transaction } from './transaction.ts';
import { turnsOf } from './turns.ts';

const JSON_IDS = 'SELECT value FROM json_each(?)';

/** JSON on SQLite: text, bound as it is. */
export const SQLITE_JSON: JsonSpelling = { json: '?', jsonText: JSON.stringify };

/**
 * The query layer over `db`.
 *
 * @example
 * const rows = await sqliteDb(db).all<{ id: string }>('SELECT id FROM articles WHERE slug = ?', [slug]);
 */
export function sqliteDb(db: DatabaseSync): Db<DatabaseSync> {
  const turns = turnsOf(db);
  const all = <Row>(text: string, values: readonly DbValue[]) => statement(db, text).all(...values) as Row[];
  const get = <Row>(text: string, values: readonly DbValue[]) => statement(db, text).get(...values) as Row | undefined;
  const number = (text: string, values: readonly DbValue[]) =>
    Number((arrayStatement(db, text).get(...values) as unknown as unknown[] | undefined)?.[0] ?? 0);
  const run = (text: string, values: readonly DbValue[]) => Number(statement(db, text).run(...values).changes);
  // What runs inside a transaction: its turn is held, so statements run at once.
  const tx: Db<DatabaseSync> = {
    all: async (text, values = []) => all(text, values),
    get: async (text, values = []) => get(text, values),
    number: async (text, values = []) => number(text, values),
    run: async (text, values = []) => run(text, values),
    jsonIds: JSON_IDS,
    ...SQLITE_JSON,
    time: '?',
    transaction: (work) => work(tx),
    atomically: async (steps) => runSteps(db, steps),
    countsCascaded: false,
    isForeignKeyViolation,
    native: db,
  };
  return {
    all: async (text, values = []) => turns.between(() => all(text, values)),
    get: async (text, values = []) => turns.between(() => get(text, values)),
    number: async (text, values = []) => turns.between(() => number(text, values)),
    run: async (text, values = []) => turns.between(() => run(text, values)),
    jsonIds: JSON_IDS,
    ...SQLITE_JSON,
    time: '?',
    transaction: (work) => turns.exclusive(() => awaitedTransaction(db, () => work(tx))),
    atomically: async (steps) => turns.between(() => transaction(db, () => runSteps(db, steps))),
    countsCascaded: false,
    isForeignKeyViolation,
    native: db,
  };
}
