/**
 * @module
 * Contracts of the probes: liveness (`/healthz`, the process answers) and readiness (`/readyz`,
 * the database answers too), so an orchestrator can tell a stuck process from a lost database.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { problemContent } from '../../lib/problem.ts';

/** The body of a passing probe. */
const HealthStatus = z.object({ status: z.literal('ok') }).meta({ id: 'HealthStatus' });

const tags = ['Health'];

/** `GET /healthz`: the process is up. */
export const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  tags,
  summary: 'Liveness probe',
  responses: {
    200: { content: { 'application/json': { schema: HealthStatus } }, description: 'The process is serving requests.' },
  },
});

/** `GET /readyz`: the process and its database are up. */
export const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  tags,
  summary: 'Readiness probe',
  responses: {
    200: { content: { 'application/json': { schema: HealthStatus } }, description: 'The database answers.' },
    503: problemContent('The database does not answer.'),
  },
});
