/**
 * @module
 * The plain data a request's context carries (see `AppBindings` in `types.ts`). The middleware
 * that sets and reads each of them imports `types.ts`, so their shapes live here, in a file that
 * imports neither, and `types.ts` imports no file that imports it back.
 */
import type { BlockList } from 'node:net';
import type { Principal } from '../services/tokens.ts';

/** Proxies whose `X-Forwarded-For` is believed (see `clientIpConfig`). */
export interface ClientIpConfig {
  trusted: BlockList;
}

/** Why a token was not accepted, and the `WWW-Authenticate` value that says so (RFC 6750). */
export type Rejection = { detail: string; challenge: string };

/** What the authentication middleware found: a principal, none, or why the token was rejected. */
export type AuthState = Principal | null | Rejection;

/** Lifetimes of a cacheable response, in seconds. */
export interface CachePolicy {
  /** For browsers. */
  maxAge: number;
  /** For shared caches (CDNs), when different. */
  sMaxAge?: number;
  /** How long a cache may serve a stale copy while it fetches a fresh one. */
  staleWhileRevalidate?: number;
}

/** Where a miss will be stored: set by `publicCache()`, used by `sendPublic`. */
export interface CacheSlot {
  key: string;
  /** The revision read before the handler ran; null when the handler reads it with what it loads. */
  revision: number | null;
  now: Date;
  policy: CachePolicy;
}
