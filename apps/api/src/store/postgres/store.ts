/**
 * @module
 * The PostgreSQL implementation of `Store`, over a connection pool. Like the SQLite store it
 * caches nothing, so every API process sees what any other process wrote.
 */
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
import { postgresDb } from './db.ts';
import { articleEditStore } from '../sql/article-edit-store.ts';
import { postgresCreateArticle } from './article-create.ts';
import { gatheredArticleJson } from './article-json-batch.ts';
import { readArticle, readArticlePage } from './article-read.ts';
import { searchArticles, searchStoredPage } from './article-search.ts';
import { searchPageJson } from '../search-page.ts';
import { LOCK_ARTICLE_WRITES, saveArticleRows } from './article-write.ts';
import { postgresEntityStore } from './entity-store.ts';
import { postgresMergeWrites } from './entity-merge-writes.ts';
import { importInBulk } from './bulk-import.ts';
import { checkReachable, openPool, type Sql } from './connection.ts';
import { migratePostgres } from './migrate.ts';
import { refreshSummaries } from '../summary-shape.ts';
import { postgresTouchSession } from './session-touch.ts';
import { postgresTouchToken } from './token-touch.ts';
import { transferStore } from '../sql/transfer-store.ts';
import { postgresTransfers } from './transfer-store.ts';

/** How to reach the database. */
export interface PostgresOptions {
  /** Connections in the pool (`DATABASE_POOL_SIZE`); default 10. */
  poolSize?: number | undefined;
  /** How long a query may run (`DB_QUERY_TIMEOUT_MS`); default 5 s. */
  queryTimeoutMs?: number | undefined;
  /** The URL without its password, for error messages. */
  label?: string | undefined;
}

/**
 * A store on the PostgreSQL database at `url`, once the server has answered (otherwise it throws
 * `StoreUnavailableError`). Call `migrate()` before use.
 *
 * @example
 * const store = await openPostgresStore('postgres://news@127.0.0.1:5432/news', { poolSize: 10 });
 * await store.migrate();
 */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const sql = openPool(url, { poolSize: options.poolSize, queryTimeoutMs: options.queryTimeoutMs });
  await checkReachable(sql, options.label ?? url);
  return postgresStore(sql);
}

/**
 * The store over an open pool, which it owns from now on (`close` ends it).
 *
 * @example
 * const store = postgresStore(openPool(url));
 */
export function postgresStore(sql: Sql): Store {
  let closed = false;
  const shared = postgresDb(sql);
  const articleEdits = articleEditStore(shared, postgresCreateArticle(sql), LOCK_ARTICLE_WRITES);
  const store: Store = {
    ...commentStore(shared),
    ...tokenStore(shared, postgresTouchToken(sql)),
    ...articleEdits,
    ...taxonomyStore(shared),
    ...postgresEntityStore(sql),
    ...transferStore(shared, postgresTransfers(sql)),
    ...workflowStore(shared, LOCK_ARTICLE_WRITES),
    ...accountStore(shared, postgresTouchSession(sql)),
    ...mediaStore(shared),
    ...commentBlockStore(shared),
    ...entityMergeStore(shared, postgresMergeWrites),
    ...rateLimitStore(shared),
    ...frontPageStore(shared),
    migrate: async () => ({ ...(await migratePostgres(sql)), summariesRewritten: await refreshSummaries(shared) }),
    ping: async () => {
      if (closed) throw new Error('The store is closed.');
      await sql`SELECT 1`;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await sql.end({ timeout: 5 });
    },
    getArticle: (slug, options) => readArticle(sql, slug, options),
    getArticleJsonAtRevision: gatheredArticleJson(sql),
    listArticles: (query) => readArticlePage(sql, query),
    search: (text, options) => searchArticles(sql, text, options),
    searchJson: async (text, options) => {
      const page = await searchStoredPage(sql, text, options);
      return { json: searchPageJson(page), revision: page.revision ?? (await articleEdits.articleRevision()) };
    },
    saveArticle: (article, contentHash, options) => saveArticleRows(sql, article, contentHash, options),
    findByContentHash: async (contentHash) => {
      const [row] = await sql<{ document: Article }[]>`SELECT document FROM articles WHERE content_hash = ${contentHash} LIMIT 1`;
      return row?.document ?? null;
    },
    findByImportKey: async (importKey) => {
      const [row] = await sql<{ document: Article }[]>`SELECT document FROM articles WHERE import_key = ${importKey}`;
      return row?.document ?? null;
    },
    countArticles: async () => {
      const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM articles`;
      return row?.n ?? 0;
    },
    importInBulk: (expected, load) => importInBulk(sql, postgresStore, store, expected, load),
  };
  return store;
}
