/**
 * @module
 * The app-wide error responses: validation failures (400), unknown routes (404), known routes
 * with the wrong method (405), a database that cannot serve for now (503 with `Retry-After`) and
 * anything unexpected (500, with the details kept in the log).
 */
import type { Hook } from '@hono/zod-openapi';
import type { ErrorHandler, Hono, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { TrieRouter } from 'hono/router/trie-router';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { InvalidCursorError } from '../store/store.ts';
import { noteFull, unavailableCause, type UnavailableKind } from '../store/unavailable.ts';
import { nulPath } from './nul-path.ts';
import { fieldErrors, problem } from './problem.ts';
import type { AppBindings } from './types.ts';

const TARGET_LABELS: Record<string, string> = {
  query: 'query parameters',
  param: 'path parameters',
  json: 'request body',
  form: 'form fields',
  header: 'headers',
  cookie: 'cookies',
};

/**
 * The one validation hook of every route: a 400 problem naming each invalid field.
 *
 * @example
 * new OpenAPIHono({ defaultHook: validationHook });
 */
export const validationHook: Hook<unknown, AppBindings, string, Response | undefined> = (result, c) => {
  if (result.success) {
    // PostgreSQL cannot store or compare text with NUL in it; SQLite would store it. Refused on
    // both alike, before any query, naming the field.
    const at = nulPath(result.data);
    if (at === undefined) return undefined;
    const label = TARGET_LABELS[result.target] ?? result.target;
    const errors = [{ path: at, message: 'must not contain the NUL character (U+0000)' }];
    return problem(c, 400, { title: 'Invalid request', detail: `Invalid ${label}: ${at}: ${errors[0]!.message}.`, errors });
  }
  const errors = fieldErrors(result.error);
  const label = TARGET_LABELS[result.target] ?? result.target;
  const detail = `Invalid ${label}: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}.`;
  return problem(c, 400, { title: 'Invalid request', detail, errors });
};

/** What a client is told about a database that cannot serve: enough to wait and retry, nothing internal. */
const UNAVAILABLE_DETAIL: Record<UnavailableKind, string> = {
  locked: 'The database is busy with another write. Try again shortly.',
  timeout: 'The database did not answer in time. Try again shortly.',
  unreachable: 'The database is not reachable. Try again shortly.',
  full: 'The database has no room for this write: its disk is full. Try again later.',
};

/**
 * 400 naming `cursor` for a cursor the store did not issue; 503 with `Retry-After` when the database cannot serve for now (locked, not answering,
 * unreachable, its disk full: remembered for `/readyz`), 500 for anything unexpected: the client learns nothing about the internals, the log gets the stack.
 * Hono's own `HTTPException`s (for example a malformed JSON body) keep their status and message.
 */
export const onError: ErrorHandler<AppBindings> = (err, c) => {
  // Every listing, search and queue pages with cursors; one the store did not issue is the
  // client's mistake wherever it is found, so it is mapped here once rather than in each handler.
  if (err instanceof InvalidCursorError) {
    return problem(c, 400, {
      title: 'Invalid request',
      detail: `Invalid query parameters: cursor: ${err.message}.`,
      errors: [{ path: 'cursor', message: err.message }],
    });
  }
  if (err instanceof HTTPException && err.status === 400 && /^Malformed JSON/i.test(err.message)) {
    const errors = [{ path: '(root)', message: 'is not valid JSON' }];
    return problem(c, 400, { title: 'Invalid request', detail: 'Invalid request body: (root): is not valid JSON.', errors });
  }
  if (err instanceof HTTPException && err.status < 500) {
    return problem(c, err.status as ContentfulStatusCode, { detail: err.message });
  }
  const unavailable = unavailableCause(err);
  if (unavailable) {
    c.var.logger?.warn(`${c.req.method} ${c.req.path} failed: the database is ${unavailable.kind}: ${err.message}`);
    if (unavailable.kind === 'full') noteFull(c.var.store, Date.now());
    const headers = { 'Retry-After': String(unavailable.retryAfterSeconds) };
    return problem(c, 503, { detail: UNAVAILABLE_DETAIL[unavailable.kind] }, headers);
  }
  c.var.logger?.error(`${c.req.method} ${c.req.path} failed: ${err.stack ?? String(err)}`);
  return problem(c, 500, { detail: 'The server could not complete the request. The error has been logged.' });
};

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * The not-found handler for `app`: 405 with an `Allow` header when the path exists under other
 * methods (204 with `Allow` for OPTIONS), 404 otherwise. Routes are read on first use, so call
 * this after the routes are registered or before, as long as they are in place when serving.
 *
 * @example
 * app.notFound(notFoundOrMethodNotAllowed(app));
 */
// biome-ignore lint/suspicious/noExplicitAny: any app of ours, whatever its routes' schema and base path
export function notFoundOrMethodNotAllowed(app: Hono<AppBindings, any, any>): NotFoundHandler<AppBindings> {
  let router: TrieRouter<string> | undefined;
  const allowed = (path: string): string[] => {
    if (!router) {
      router = new TrieRouter<string>();
      // Middleware is registered as ALL; only real endpoints define what a path allows.
      for (const route of app.routes) if (route.method !== 'ALL') router.add(route.method, route.path, route.method);
    }
    const found = new Set<string>();
    for (const method of METHODS) {
      const lookup = method === 'HEAD' ? 'GET' : method;
      if (router.match(lookup, path)[0].length > 0) found.add(method);
    }
    return [...found];
  };
  return (c) => {
    const allow = allowed(c.req.path);
    if (allow.length === 0) return problem(c, 404, { detail: `Nothing is served at ${c.req.path}.` });
    const header = [...allow, 'OPTIONS'].join(', ');
    if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: header });
    return problem(c, 405, { detail: `${c.req.path} does not accept ${c.req.method}; it accepts ${allow.join(', ')}.` }, { Allow: header });
  };
}
