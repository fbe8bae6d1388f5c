/**
 * @module
 * `@dateline/api`: the HTTP API as a Hono app. `createApp` wires routes, error handling and the
 * OpenAPI document around the given store; listening is the CLI's job (`serve`).
 */
import { authenticate, BEARER_SCHEME, SESSION_SCHEME } from './lib/auth.ts';
import { clientIpConfig, DEFAULT_TRUSTED_PROXIES } from './lib/client-ip.ts';
import { cors } from './lib/cors.ts';
import { csrfProtection } from './lib/csrf.ts';
import { createRouter } from './lib/create-router.ts';
import { notFoundOrMethodNotAllowed, onError } from './lib/error-handlers.ts';
import { serveOpenApi } from './lib/openapi-document.ts';
import { httpCache } from './lib/http-cache.ts';
import { type Logger, silentLogger } from './lib/logger.ts';
import { requestLogger } from './lib/request-logger.ts';
import { compression } from './lib/compression.ts';
import { applyResponseHeaders } from './lib/response-headers.ts';
import { ResponseCache } from './lib/response-cache.ts';
import { securityHeaders } from './lib/security-headers.ts';
import { authRouter } from './routes/auth/auth.index.ts';
import { articlesRouter } from './routes/articles/articles.index.ts';
import { docsRouter } from './routes/docs/docs.index.ts';
import { entitiesRouter } from './routes/entities/entities.index.ts';
import { feedItemsRouter } from './routes/feed-items/feed-items.index.ts';
import { frontPageRouter } from './routes/front-page/front-page.index.ts';
import { commentsRouter } from './routes/comments/comments.index.ts';
import { healthRouter } from './routes/health/health.index.ts';
import { previewsRouter } from './routes/previews/previews.index.ts';
import { quotesRouter } from './routes/quotes/quotes.index.ts';
import { searchRouter } from './routes/search/search.index.ts';
import { mediaRouter } from './routes/media/media.index.ts';
import { taxonomyRouter } from './routes/taxonomy/taxonomy.index.ts';
import { usersRouter } from './routes/users/users.index.ts';
import { type AccountsConfig, accountsConfig } from './services/accounts/config.ts';
import { createCommentModeration } from './services/moderation/comment-moderation.ts';
import type { MediaConfig } from './services/media/config.ts';
import { createMediaContext } from './services/media/context.ts';
import type { MediaStorage } from './services/media/storage.ts';
import type { CommentPolicy } from './services/moderation/policy.ts';
import type { Store } from './store/store.ts';

/** What the app needs from outside. */
export interface AppDeps {
  store: Store;
  /** The clock used for visibility of scheduled articles; defaults to the system clock. */
  now?: () => Date;
  /** Defaults to a logger that writes nothing. */
  logger?: Logger;
  /** The level of the one line logged per request; default `info`. */
  requestLogLevel?: 'debug' | 'info';
  /** Origins allowed to write from a browser (`CORS_ORIGINS`); default none but the API's own. */
  corsOrigins?: readonly string[];
  /** The API's public address, named as the server in the OpenAPI document (`PUBLIC_API_URL`); default each request's origin. */
  publicUrl?: string;
  /** The cache of public responses; a new one by default (benchmarks pass theirs to read its counts). */
  responseCache?: ResponseCache;
  /** Proxies whose `X-Forwarded-For` is believed (`TRUST_PROXY`); default loopback. */
  trustProxy?: readonly string[];
  /** How readers' comments are screened (`COMMENT_*` variables); unset fields take the defaults. */
  comments?: Partial<CommentPolicy>;
  /** Session lifetimes (`SESSION_IDLE_TIMEOUT`, `SESSION_MAX_AGE`), the sign-in throttle and `DESK_URL`; unset fields take the defaults. */
  accounts?: Partial<Omit<AccountsConfig, 'trustedOrigins'>>;
  /** Upload limits and the folder of pictures (`MEDIA_*` variables); unset fields take the defaults. */
  media?: Partial<MediaConfig>;
  /** Where pictures' files go; a folder at `media.dir` by default (see `MediaStorage` for others). */
  mediaStorage?: MediaStorage;
}

/** The version announced in the OpenAPI document. */
export const API_VERSION = '0.1.0';

const API_DESCRIPTION = `Articles of a Dateline publication, and readers' comments on them.

Reads are public. Writes need an API token (\`dateline token create --name <name> --role editor\`),
sent as \`Authorization: Bearer <token>\`, or a browser session (\`POST /v1/auth/sign-in\`), whose
state-changing requests also send the session's \`X-CSRF-Token\`; a request with either also sees
drafts and scheduled articles. Errors are RFC 9457 problem documents (\`application/problem+json\`) naming each invalid
field. Successful GETs carry a strong ETag: send it back in \`If-None-Match\` for a 304.`;

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
  const ipConfig = clientIpConfig(deps.trustProxy ?? DEFAULT_TRUSTED_PROXIES);
  const responseCache = deps.responseCache ?? new ResponseCache();
  // One per app: the comment rate limit counts in this process's memory.
  const commentModeration = createCommentModeration(deps.comments);
  const accounts = accountsConfig({ ...deps.accounts, trustedOrigins: deps.corsOrigins ?? [] });
  // One per app: the bound on image work counts this process's uploads.
  const media = createMediaContext(deps.media, deps.mediaStorage);
  const app = createRouter();
  app.use(async (c, next) => {
    c.set('store', deps.store);
    c.set('now', now);
    c.set('clientIpConfig', ipConfig);
    c.set('responseCache', responseCache);
    c.set('commentModeration', commentModeration);
    c.set('accounts', accounts);
    c.set('media', media);
    await next();
  });
  // Outermost first: the request id and log line cover everything below, including errors.
  app.use(requestLogger(logger, deps.requestLogLevel ?? 'info'));
  // Before the headers are applied, so that it sends them: its work comes after theirs.
  app.use(compression());
  app.use(applyResponseHeaders());
  app.use(securityHeaders());
  // The desk's pages write to the API through the desk's server, with the desk's Origin.
  app.use(cors([...(deps.corsOrigins ?? []), new URL(accounts.deskUrl).origin]));
  app.use(httpCache());
  app.use(authenticate());
  app.use(csrfProtection());
  const routes = app
    .route('/', healthRouter)
    .route('/', articlesRouter)
    .route('/', feedItemsRouter)
    .route('/', searchRouter)
    .route('/', taxonomyRouter)
    .route('/', commentsRouter)
    .route('/', entitiesRouter)
    .route('/', quotesRouter)
    .route('/', authRouter)
    .route('/', usersRouter)
    .route('/', previewsRouter)
    .route('/', mediaRouter)
    .route('/', frontPageRouter);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', BEARER_SCHEME);
  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', SESSION_SCHEME);
  serveOpenApi(
    app,
    '/openapi.json',
    {
      openapi: '3.1.0',
      info: {
        title: 'Dateline API',
        version: API_VERSION,
        description: API_DESCRIPTION,
        license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
      },
    },
    deps.publicUrl,
  );
  app.route('/', docsRouter);
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
