/**
 * @module
 * Whole-number query parameters with a range and a default (page sizes, how many stories), so
 * every route refuses `?limit=0` or `?limit=abc` with the same sentence naming the range, and
 * documents the range the same way in OpenAPI.
 */
import { z } from '@hono/zod-openapi';

/**
 * A query parameter that is a whole number from 1 to `max`, `fallback` when absent, described in
 * OpenAPI as "`description`, 1 to `max`.".
 *
 * @example
 * const Query = z.object({ limit: queryCount(100, 20, 'Page size') });
 * // ?limit=0 → 400 naming `limit`: 'must be an integer from 1 to 100'
 */
export function queryCount(max: number, fallback: number, description: string) {
  const message = `must be an integer from 1 to ${max}`;
  return z.coerce
    .number({ error: message })
    .int({ error: message })
    .min(1, { error: message })
    .max(max, { error: message })
    .default(fallback)
    .meta({ description: `${description}, 1 to ${max}.`, example: fallback });
}
