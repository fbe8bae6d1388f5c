/**
 * @module
 * Handlers of the probes.
 */
import { problem } from '../../lib/problem.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import type * as routes from './health.routes.ts';

/** Always ok while the process can answer. */
export const healthz: AppRouteHandler<typeof routes.healthz> = (c) => c.json({ status: 'ok' as const }, 200);

/** Ok when the store answers a trivial query; 503 otherwise (the cause goes to the log only). */
export const readyz: AppRouteHandler<typeof routes.readyz> = async (c) => {
  try {
    await c.var.store.ping();
  } catch (err) {
    c.var.logger.warn(`readiness check failed: ${err instanceof Error ? err.message : String(err)}`);
    return problem(c, 503, { detail: 'The database is not reachable.' });
  }
  return c.json({ status: 'ok' as const }, 200);
};
