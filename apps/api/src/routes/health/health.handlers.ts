/**
 * @module
 * Handlers of the probes.
 */
import { problem } from '../../lib/problem.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import { recentlyFull } from '../../store/unavailable.ts';
import type * as routes from './health.routes.ts';

/** Always ok while the process can answer. */
export const healthz: AppRouteHandler<typeof routes.healthz> = (c) => c.json({ status: 'ok' as const }, 200);

/**
 * How long readiness waits for the database: a probe must answer sooner than its prober gives up
 * (often 1 to 5 s), whatever the query deadline of the requests it stands for.
 */
const READY_TIMEOUT_MS = 2000;

/** Resolves when `ping` does, rejects when it does or after `ms`. */
async function within(ping: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([ping, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Ok when the store answers a trivial query in time and no write failed for a full disk in the
 * last minute; 503 otherwise (the cause goes to the log only).
 */
export const readyz: AppRouteHandler<typeof routes.readyz> = async (c) => {
  if (recentlyFull(c.var.store, Date.now())) {
    return problem(c, 503, { detail: "The database's disk is full: writes fail." }, { 'Retry-After': '60' });
  }
  try {
    await within(c.var.store.ping(), READY_TIMEOUT_MS);
  } catch (err) {
    c.var.logger.warn(`readiness check failed: ${err instanceof Error ? err.message : String(err)}`);
    return problem(c, 503, { detail: 'The database is not reachable.' });
  }
  return c.json({ status: 'ok' as const }, 200);
};
