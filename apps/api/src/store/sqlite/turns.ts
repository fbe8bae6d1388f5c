/**
 * @module
 * Turns on one SQLite connection for transactions whose work awaits. node:sqlite runs everything
 * on one synchronous connection, so a transaction is open for the whole connection: a statement
 * run by another request between the transaction's awaits would join it (and be undone with it,
 * or see what it has not committed). So such transactions take turns, one at a time, and any
 * other call on the connection waits while one is open. A call made while none is open runs at
 * once, with no await added: statements on their own, and synchronous transactions, cannot be
 * cut into. A call made from the open transaction's own work, which would wait for ever, is
 * refused (`sql/inside-transaction.ts`).
 */
import type { DatabaseSync } from 'node:sqlite';
import { refuseInside, runInFrame, transactionFrame } from '../sql/inside-transaction.ts';

/** The turns of one connection. */
export interface Turns {
  /** Runs `work` once every transaction queued before it has ended; nothing else runs meanwhile. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Runs `work` now when no transaction is open, else once none is. */
  between<T>(work: () => T | Promise<T>): T | Promise<T>;
}

const byConnection = new WeakMap<DatabaseSync, Turns>();

/**
 * The turns of `db` (one set per connection, whoever asks).
 *
 * @example
 * const rows = turnsOf(db).between(() => statement(db, 'SELECT 1').all());
 */
export function turnsOf(db: DatabaseSync): Turns {
  let turns = byConnection.get(db);
  if (!turns) byConnection.set(db, (turns = makeTurns(db)));
  return turns;
}

function makeTurns(db: DatabaseSync): Turns {
  // Settles when the last queued transaction has ended.
  let tail: Promise<void> = Promise.resolve();
  // Settles when the transaction now open ends; null while none is.
  let open: Promise<void> | null = null;
  const afterOpen = async <T>(work: () => T | Promise<T>): Promise<T> => {
    // From the open transaction's own work this would wait for ever: refused instead.
    refuseInside(db);
    // Another queued transaction may open as this one ends: wait until none is.
    while (open !== null) await open;
    return work();
  };
  return {
    exclusive: async (work) => {
      if (open !== null) refuseInside(db);
      const before = tail;
      let end!: () => void;
      const mine = new Promise<void>((resolve) => {
        end = resolve;
      });
      tail = mine;
      await before;
      open = mine;
      // Marks the work as this transaction's, so that its own calls are refused (`refuseInside`).
      const frame = transactionFrame(db);
      try {
        return await runInFrame(frame, work);
      } finally {
        frame.open = false;
        open = null;
        end();
      }
    },
    between: (work) => (open === null ? work() : afterOpen(work)),
  };
}

/**
 * `methods` (a store's, all on `db`) made to wait while a transaction of the query layer is open
 * on `db`: they run their statements directly on the connection, where they would join it.
 *
 * @example
 * const store = takingTurns(db, { ...sqliteEntityStore(db), ...commentStore(sqliteDb(db)) });
 */
export function takingTurns<T extends object>(db: DatabaseSync, methods: T): T {
  const turns = turnsOf(db);
  const wrapped = Object.entries(methods).map(([name, method]: [string, unknown]) => [
    name,
    typeof method === 'function' ? (...args: unknown[]) => turns.between(() => method(...args)) : method,
  ]);
  return Object.fromEntries(wrapped) as T;
}
