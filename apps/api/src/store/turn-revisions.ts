/**
 * @module
 * Revision reads shared by the requests of one turn of the event loop. Every anonymous read asks
 * the database for the article (or comment) revision before answering from the response cache;
 * under load that one query is a large share of a cached answer's cost. Requests whose bytes
 * arrived together are handled in the same turn, and a read made during that turn happens after
 * all of them arrived, so sharing it shows each request every write that was committed before it
 * was sent, from this process or any other: the same guarantee as a read of its own.
 */
import type { Store } from './store.ts';

/**
 * `read`, called at most once per turn of the event loop: later calls in the same turn get the
 * same promise (a failed read too); the next turn reads again.
 *
 * @example
 * const revision = perTurn(() => store.articleRevision());
 * await Promise.all([revision(), revision()]); // one query
 */
function perTurn<T>(read: () => Promise<T>): () => Promise<T> {
  let shared: Promise<T> | null = null;
  return () => {
    if (shared) return shared;
    shared = read();
    // Check callbacks run after the poll phase has handled every request that arrived with this one.
    setImmediate(() => {
      shared = null;
    });
    return shared;
  };
}

/**
 * `store` with its revision reads shared per turn (see the module comment). For a server taking
 * requests over sockets; code that writes and reads back within one turn without I/O in between
 * (a script calling `app.request` after a direct write) should use the store itself.
 *
 * @example
 * const app = createApp({ store: withTurnRevisions(store) });
 */
export function withTurnRevisions(store: Store): Store {
  return {
    ...store,
    articleRevision: perTurn(() => store.articleRevision()),
    commentRevision: perTurn(() => store.commentRevision()),
  };
}
