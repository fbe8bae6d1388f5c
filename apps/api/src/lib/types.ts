/**
 * @module
 * The types every route shares: what the app puts in each request's context.
 */
import type { RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { AccountsConfig } from '../services/accounts/config.ts';
import type { ActiveSession } from '../services/accounts/sessions.ts';
import type { CommentModeration } from '../services/moderation/comment-moderation.ts';
import type { MediaContext } from '../services/media/media.ts';
import type { Store } from '../store/store.ts';
import type { Logger } from './logger.ts';
import type { AuthState, CacheSlot, ClientIpConfig } from './request-state.ts';
import type { ResponseCache } from './response-cache.ts';

/** The variables set on every request: handlers reach their dependencies through `c.var`. */
export interface AppBindings {
  Variables: {
    store: Store;
    /** The clock; tests pin it so visibility of scheduled articles is deterministic. */
    now: () => Date;
    /** The request's logger: every line it writes carries the request id. */
    logger: Logger;
    /** The request id, echoed in `X-Request-Id`. */
    requestId: string;
    /** Which proxies may name the client in `X-Forwarded-For` (see `clientIp`). */
    clientIpConfig: ClientIpConfig;
    /** Serialised public responses, shared by the requests of one app. */
    responseCache: ResponseCache;
    /** Set by `publicCache()` on a miss: where `sendPublic` stores the response. */
    cacheSlot: CacheSlot | undefined;
    /** Headers every response gets, collected on the way in (see `responseHeaders`). */
    responseHeaders: Record<string, string> | undefined;
    /** Set when a route built its complete response itself (see `finalResponse`). */
    finalResponse: boolean | undefined;
    /** Set by the authentication middleware; read it through `principalOf(c)`. */
    auth: AuthState;
    /** The request's browser session, once `authenticate()` has looked (null without one). */
    session: ActiveSession | null | undefined;
    /** Session lifetimes, the sign-in throttle and where the desk is (see `AccountsConfig`). */
    accounts: AccountsConfig;
    /** The comment policy, its compiled word lists and the comment rate limiter. */
    commentModeration: CommentModeration;
    /** The media settings, the storage of pictures' files and the bound on image work. */
    media: MediaContext;
  };
}

/** A handler for the route contract `R`. */
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppBindings>;
