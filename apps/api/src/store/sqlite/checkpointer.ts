/**
 * @module
 * Checkpoints on a thread of their own. In WAL mode a commit appends its pages to the log, and
 * once the log passes a thousand pages the committing connection copies it back into the
 * database file and syncs both before its caller goes on: for an import batch, a fifth of the
 * write. Here a worker thread with a connection of its own does that copy instead, while the
 * writer's thread carries on with the next batch on the other core.
 */
import { once } from 'node:events';
import type { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import { remapDatabase } from './connection.ts';

/** How often the thread looks for committed pages to copy, in milliseconds. */
const CHECKPOINT_INTERVAL_MS = 25;

/**
 * The writer's own checkpoints, in log pages: a safety net should the thread fall behind or die
 * (the log would otherwise grow without bound), far above what the thread lets gather.
 */
const WRITER_CHECKPOINT_PAGES = 50_000;

/** SQLite's own `wal_autocheckpoint`, which the writer goes back to should the thread fail. */
const DEFAULT_CHECKPOINT_PAGES = 1000;

// PASSIVE neither waits for nor blocks readers and the writer: it copies what no reader still
// needs. A busy or failed attempt is simply tried again at the next tick. Each copy that made
// the file longer is counted in `grown`, for the store's connection to map the file again.
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
const { DatabaseSync } = require('node:sqlite');
const { path, intervalMs, grown } = workerData;
const db = new DatabaseSync(path, { timeout: 0 });
db.exec('PRAGMA synchronous = NORMAL');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
let size = statSync(path).size;
const timer = setInterval(() => {
  try {
    if (checkpoint.get().checkpointed <= 0) return;
    const now = statSync(path).size;
    if (now > size) Atomics.add(grown, 0, 1);
    size = now;
  } catch {}
}, intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** A running checkpoint thread. */
export interface Checkpointer {
  /** Stops the thread and closes its connection; the last connection to close copies whatever is left. */
  stop(): Promise<void>;
}

const following = new WeakMap<DatabaseSync, { grown: Int32Array; seen: number }>();

/**
 * Starts a thread that checkpoints the WAL database that `db` has open at `path` every
 * `intervalMs`, and raises `db`'s own `wal_autocheckpoint` to `WRITER_CHECKPOINT_PAGES`. It
 * never keeps the process alive. `followCheckpoints(db)` keeps `db`'s memory map up to date.
 *
 * @example
 * const checkpointer = startCheckpointer(db, '/srv/dateline/data/dateline.db');
 * await checkpointer.stop();
 */
export function startCheckpointer(db: DatabaseSync, path: string, intervalMs = CHECKPOINT_INTERVAL_MS): Checkpointer {
  const grown = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(SOURCE, { eval: true, workerData: { path, intervalMs, grown } });
  worker.unref();
  db.exec(`PRAGMA wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`);
  // Without the thread the writer checkpoints as SQLite does by default: nothing for a caller to handle.
  worker.on('error', () => {
    if (db.isOpen) db.exec(`PRAGMA wal_autocheckpoint = ${DEFAULT_CHECKPOINT_PAGES}`);
  });
  following.set(db, { grown, seen: 0 });
  return {
    stop: async () => {
      following.delete(db);
      const exited = once(worker, 'exit');
      // Kept alive until it has closed its connection, which must not outlive the store's.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}

/**
 * Maps `db`'s file again if its checkpoint thread made the file longer since the last call, so
 * that reads of the new pages go through the map (see `remapDatabase`). Costs one atomic read
 * otherwise; called before each statement.
 *
 * @example
 * followCheckpoints(db);
 */
export function followCheckpoints(db: DatabaseSync): void {
  const state = following.get(db);
  if (!state) return;
  const grown = Atomics.load(state.grown, 0);
  if (grown === state.seen) return;
  state.seen = grown;
  remapDatabase(db);
}
