/**
 * @module
 * The router factory every route module uses, so they all share the validation hook and refuse
 * query parameters their contract does not name.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { validationHook } from './error-handlers.ts';
import { queryKeys, rejectUnknownQuery } from './strict-query.ts';
import type { AppBindings } from './types.ts';

/**
 * A router whose invalid requests get the app's 400 problem response, including a query parameter
 * the route's query schema does not have (`rejectUnknownQuery`, placed before the route's own
 * middleware so a cached answer is not served to such a request).
 *
 * @example
 * export const healthRouter = createRouter().openapi(routes.healthz, handlers.healthz);
 */
export function createRouter() {
  const router = new OpenAPIHono<AppBindings>({ strict: false, defaultHook: validationHook });
  const register = router.openapi.bind(router);
  router.openapi = ((route, handler, hook) => {
    const allowed = queryKeys(route.request?.query);
    if (allowed === undefined) return register(route, handler, hook);
    const own = route.middleware === undefined ? [] : Array.isArray(route.middleware) ? route.middleware : [route.middleware];
    return register({ ...route, middleware: [rejectUnknownQuery(allowed), ...own] } as typeof route, handler, hook);
  }) as typeof router.openapi;
  return router;
}
