/**
 * @module
 * Knowing when code runs inside the work of a query layer transaction (`Db.transaction`), so that
 * a statement sent there on the outer `Db`, not on the `tx` handed to the work, is refused at
 * once. On SQLite it would wait for the transaction to end, which waits for it: the process would
 * hang. On PostgreSQL it would run on another pooled connection, outside the transaction. Only the
 * outer `Db`'s calls made while one of its transactions is open look here, so the usual path pays
 * nothing on SQLite and one `getStore` on PostgreSQL.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** A transaction whose work is running: whose connection it holds, and the one it runs inside, if any. */
export interface Frame {
  readonly owner: object;
  open: boolean;
  readonly outer: Frame | undefined;
}

const frames = new AsyncLocalStorage<Frame>();

/** A statement sent on the outer `Db` from inside the work of one of its transactions. */
class OuterDbInTransactionError extends Error {
  constructor() {
    super(
      'A statement was sent on the outer Db inside transaction(): send it on the tx handed to the work ' +
        '(on SQLite it would wait for the transaction for ever, on PostgreSQL run outside it).',
    );
    this.name = 'OuterDbInTransactionError';
  }
}

/**
 * Runs `work`, a transaction's work on `owner` (the SQLite connection or the PostgreSQL pool),
 * marked as such for `refuseInside` until it settles.
 *
 * @example
 * await insideTransaction(pool, () => pool.begin((tx) => work(postgresDb(tx))));
 */
export function insideTransaction<T>(owner: object, work: () => Promise<T>): Promise<T> {
  const frame = transactionFrame(owner);
  // Work it started and left running may call the outer Db later, once this one has ended.
  return frames.run(frame, work).finally(() => {
    frame.open = false;
  });
}

/**
 * `insideTransaction` for a caller that already has a `finally` of its own (SQLite's turns): the
 * frame to run `work` in with `frames.run`, whose `open` the caller clears when the work settles.
 *
 * @example
 * const frame = transactionFrame(db);
 * try { return await runInFrame(frame, work); } finally { frame.open = false; }
 */
export function transactionFrame(owner: object): Frame {
  return { owner, open: true, outer: frames.getStore() };
}

/**
 * Runs `work` in `frame` (see `transactionFrame`).
 *
 * @example
 * await runInFrame(transactionFrame(db), work);
 */
export function runInFrame<T>(frame: Frame, work: () => T): T {
  return frames.run(frame, work);
}

/**
 * Throws `OuterDbInTransactionError` when called from the work of an open transaction on `owner`.
 *
 * @example
 * refuseInside(db); // before a statement sent on the outer Db while a transaction is open
 */
export function refuseInside(owner: object): void {
  for (let frame = frames.getStore(); frame !== undefined; frame = frame.outer) {
    if (frame.open && frame.owner === owner) throw new OuterDbInTransactionError();
  }
}
