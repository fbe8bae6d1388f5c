/**
 * @module
 * The SQLite implementation of `Store`, on Node's built-in `node:sqlite`. Nothing is cached in the
 * process: every call reads the database, so articles written by another process (an import while
 * the API runs) are served at once.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Article } from '@dateline/model';
import type { Store } from '../store.ts';
import { accountStore } from '../sql/account-store.ts';
import { commentBlockStore } from '../sql/comment-block-store.ts';
import { commentStore } from '../sql/comment-store.ts';
import { entityMergeStore } from '../sql/entity-merge-store.ts';
import { frontPageStore } from '../sql/front-page-store.ts';
import { taxonomyStore } from '../sql/taxonomy-store.ts';
import { mediaStore } from '../sql/media-store.ts';
import { rateLimitStore } from '../sql/rate-limit-store.ts';
import { tokenStore } from '../sql/token-store.ts';
import { workflowStore } from '../sql/workflow-store.ts';
import { sqliteDb } from './db.ts';
import { readArticle, readArticleJsonAtRevision, readArticlePage } from './article-read.ts';
import { searchArticles, searchStoredPage } from './article-search.ts';
import { searchPageJson } from '../search-page.ts';
import { saveArticleRows } from './article-write.ts';
import { startCheckpointer } from './checkpointer.ts';
import { openDatabase, type SqliteOptions, withoutWaiting } from './connection.ts';
import { isBusy } from './error-codes.ts';
import { migrateDatabase } from './migrate.ts';
import { refreshSummaries } from '../summary-shape.ts';
import { articleEditStore } from '../sql/article-edit-store.ts';
import { sqliteCreateArticle } from './article-create.ts';
import { sqliteEntityStore } from './entity-store.ts';
import { sqliteMergeWrites } from './entity-merge-writes.ts';
import { sqliteTouchSession } from './session-touch.ts';
import { sqliteTouchToken } from './token-touch.ts';
import { transferStore } from '../sql/transfer-store.ts';
import { sqliteTransfers } from './transfer-store.ts';
import { takingTurns } from './turns.ts';

/**
 * A store on the SQLite file at `path` (created with its directory if missing), or `:memory:`.
 * A write waits up to `busyTimeoutMs` for another process's lock. Call `migrate()` before use.
 *
 * @example
 * const store = openSqliteStore(':memory:');
 * await store.migrate();
 */
export function openSqliteStore(path: string, options: SqliteOptions = {}): Store {
  const db: DatabaseSync = openDatabase(path, options);
  // A file database's checkpoints run on a thread of their own (see checkpointer.ts).
  const checkpointer = path === ':memory:' ? null : startCheckpointer(db, path);
  const shared = sqliteDb(db);
  const articleEdits = articleEditStore(shared, sqliteCreateArticle(db));
  // Async wrappers over synchronous calls: the interface is shared with PostgreSQL, which needs them.
  // They wait while a transaction of the query layer is open on the connection (see turns.ts).
  const store: Store = takingTurns(db, {
    ...commentStore(shared),
    ...tokenStore(shared, sqliteTouchToken(db)),
    ...articleEdits,
    ...taxonomyStore(shared),
    ...sqliteEntityStore(db),
    ...transferStore(shared, sqliteTransfers(db)),
    ...workflowStore(shared),
    ...accountStore(shared, sqliteTouchSession(db)),
    ...mediaStore(shared),
    ...commentBlockStore(shared),
    ...entityMergeStore(shared, sqliteMergeWrites),
    ...rateLimitStore(shared),
    ...frontPageStore(shared),
    migrate: async () => ({ ...migrateDatabase(db), summariesRewritten: await refreshSummaries(shared) }),
    ping: async () => {
      db.prepare('SELECT 1').get();
    },
    close: async () => {
      if (!db.isOpen) return;
      await checkpointer?.stop();
      // Lets SQLite refresh the statistics its query planner relies on, as it recommends on close;
      // while another process writes, that can wait for a later close.
      try {
        withoutWaiting(db, () => db.exec('PRAGMA optimize'));
      } catch (err) {
        if (!isBusy(err)) throw err;
      }
      db.close();
    },
    getArticle: async (slug, options) => readArticle(db, slug, options),
    getArticleJsonAtRevision: async (slug, options) => readArticleJsonAtRevision(db, slug, options),
    listArticles: async (query) => readArticlePage(db, query),
    search: async (text, options) => searchArticles(db, text, options),
    searchJson: async (text, options) => {
      // Read first: a write from another process meanwhile leaves the answer tagged with the older revision.
      const revision = await articleEdits.articleRevision();
      return { json: searchPageJson(searchStoredPage(db, text, options)), revision };
    },
    saveArticle: async (article, contentHash, options) => saveArticleRows(db, article, contentHash, options),
    findByContentHash: async (contentHash) => {
      const row = db.prepare('SELECT document FROM articles WHERE content_hash = ? LIMIT 1').get(contentHash) as
        | { document: string }
        | undefined;
      return row ? (JSON.parse(row.document) as Article) : null;
    },
    findByImportKey: async (importKey) => {
      const row = db.prepare('SELECT document FROM articles WHERE import_key = ?').get(importKey) as { document: string } | undefined;
      return row ? (JSON.parse(row.document) as Article) : null;
    },
    countArticles: async () => Number((db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n),
    // The full-text index takes a batch's rows at once already (see search-index.ts): nothing to change for a large import.
    importInBulk: (_expected, load) => load(store),
  });
  return store;
}
