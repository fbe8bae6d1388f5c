/**
 * @module
 * The probes' router.
 */
import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './health.handlers.ts';
import * as routes from './health.routes.ts';

/** `GET /healthz` and `GET /readyz`. */
export const healthRouter = createRouter().openapi(routes.healthz, handlers.healthz).openapi(routes.readyz, handlers.readyz);
