/**
 * @module
 * The paging fields every cursor-paged listing shares: the `cursor` query parameter, and the
 * `nextCursor` and `total` of a page, so each listing documents them in the same words.
 */
import { z } from '@hono/zod-openapi';

/**
 * The `cursor` query parameter: where the previous page stopped.
 *
 * @example
 * const Query = z.object({ limit: queryCount(100, 20, 'Page size'), cursor });
 */
export const cursor = z.string().min(1).max(500).optional().meta({ description: 'The `nextCursor` of the previous page.' });

/**
 * A page's `nextCursor`.
 *
 * @example
 * const Page = z.object({ items: z.array(Item), nextCursor, total });
 */
export const nextCursor = z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' });

/**
 * A page's `total`: entries across all pages.
 *
 * @example
 * const Page = z.object({ items: z.array(Item), nextCursor, total });
 */
export const total = z.int().nonnegative().meta({ description: 'Entries across all pages.' });
