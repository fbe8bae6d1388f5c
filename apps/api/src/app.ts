/**
 * @module
 * `@dateline/api`: the HTTP API as a Hono app. `createApp` wires routes, error handling and the
 * OpenAPI document around the given store; listening is the CLI's job (`serve`).
 */
import { createRouter } from './lib/create-router.ts';
import { notFoundOrMethodNotAllowed, onError } from './lib/error-handlers.ts';
import { type Logger, silentLogger } from './lib/logger.ts';
import { requestLogger } from './lib/request-logger.ts';
import { articlesRouter } from './routes/articles/articles.index.ts';
import { healthRouter } from './routes/health/health.index.ts';
import type { Store } from './store/store.ts';

/** What the app needs from outside. */
export interface AppDeps {
  store: Store;
  /** The clock used for visibility of scheduled articles; defaults to the system clock. */
  now?: () => Date;
  /** Defaults to a logger that writes nothing. */
  logger?: Logger;
}

/** The version announced in the OpenAPI document. */
export const API_VERSION = '0.1.0';

/**
 * The API over `deps.store`. The returned app's type is `AppType`, which the typed client uses.
 *
 * @example
 * const store = await openStore(parseDatabaseUrl('sqlite::memory:'));
 * await store.migrate();
 * const app = createApp({ store });
 * const res = await app.request('/v1/articles?limit=5');
 */
export function createApp(deps: AppDeps) {
  const now = deps.now ?? (() => new Date());
  const logger = deps.logger ?? silentLogger;
  const app = createRouter();
  app.use(async (c, next) => {
    c.set('store', deps.store);
    c.set('now', now);
    c.set('logger', logger);
    await next();
  });
  app.use(requestLogger());
  const routes = app.route('/', healthRouter).route('/', articlesRouter);
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Dateline API', version: API_VERSION, description: 'Articles of a Dateline publication.' },
  });
  app.notFound(notFoundOrMethodNotAllowed(app));
  app.onError(onError);
  return routes;
}

/** The API's route types, for `hc<AppType>` (see `@dateline/api/client`). */
export type AppType = ReturnType<typeof createApp>;

// For embedding and cross-package tests: open a store and seed it without going through the CLI.
export { openStore } from './store/open-store.ts';
export { type DatabaseConfig, parseDatabaseUrl } from './store/database-url.ts';
export { importArticle, type ImportResult } from './services/articles.ts';
export type { ArticlePage, ListArticlesQuery, MigrationReport, SaveOutcome, SaveResult, Store } from './store/store.ts';
