/**
 * @module
 * Unknown query parameters are refused rather than ignored: a client that sends `?status=draft`
 * to a route that has no such filter learns at once that it got every article, not the drafts.
 * The parameters a route accepts are the keys of its query schema, so the list has one source.
 */
import type { MiddlewareHandler } from 'hono';
import { problem } from './problem.ts';
import type { AppBindings } from './types.ts';

/**
 * The parameter names of a route's query schema (none without one); undefined when it is not an
 * object schema whose keys can be read.
 *
 * @example
 * queryKeys(z.object({ limit: z.string(), cursor: z.string() })); // ['limit', 'cursor']
 */
export function queryKeys(schema: unknown): string[] | undefined {
  if (schema === undefined) return [];
  const shape = (schema as { shape?: unknown }).shape;
  return typeof shape === 'object' && shape !== null ? Object.keys(shape) : undefined;
}

/**
 * Middleware answering 400 problem+json naming each query parameter not in `allowed`.
 *
 * @example
 * rejectUnknownQuery(['limit', 'cursor']); // ?limit=5&status=draft → 400 naming status
 */
export function rejectUnknownQuery(allowed: readonly string[]): MiddlewareHandler<AppBindings> {
  const known = new Set(allowed);
  const accepts = allowed.length === 0 ? 'This route takes no query parameters.' : `This route accepts ${allowed.join(', ')}.`;
  return async (c, next) => {
    const url = c.req.url;
    const start = url.indexOf('?');
    if (start !== -1) {
      const unknown = [...new Set(new URLSearchParams(url.slice(start + 1)).keys())].filter((name) => !known.has(name));
      if (unknown.length > 0) {
        const errors = unknown.map((name) => ({ path: name, message: 'is not a query parameter of this route' }));
        return problem(c, 400, { title: 'Invalid request', detail: `Unknown query parameters: ${unknown.join(', ')}. ${accepts}`, errors });
      }
    }
    await next();
  };
}
