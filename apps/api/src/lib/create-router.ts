/**
 * @module
 * The router factory every route module uses, so they all share the validation hook.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { validationHook } from './error-handlers.ts';
import type { AppBindings } from './types.ts';

/**
 * A router whose invalid requests get the app's 400 problem response.
 *
 * @example
 * export const healthRouter = createRouter().openapi(routes.healthz, handlers.healthz);
 */
export function createRouter() {
  return new OpenAPIHono<AppBindings>({ strict: false, defaultHook: validationHook });
}
