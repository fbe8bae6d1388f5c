/**
 * @module
 * Schemas of the quotation routes: the model's `Quote` with the article it is in and where it
 * stands there, a page of them, and the listing's query parameters.
 */
import { Quote, Slug, Timestamp } from '@dateline/model';
import { z } from '@hono/zod-openapi';
import { entityType } from '../../lib/entity-type-query.ts';
import { cursor, nextCursor, total } from '../../lib/page-schemas.ts';
import { queryCount } from '../../lib/query-count.ts';

/** A quotation with the article it is in and its place there. */
const QuoteInArticle = Quote.extend({
  index: z.int().nonnegative().meta({ description: 'Index in the article’s `quotes`.' }),
  article: z
    .object({ slug: Slug, headline: z.string(), publishedAt: Timestamp.nullable() })
    .meta({ description: 'The article; the quotation is in its body block `block` (the site’s paragraph `#p-<block>`).' }),
}).meta({ id: 'QuoteInArticle', description: 'A quotation and where it stands.' });

/** A page of quotations (also an entity's most recent ones, on its page). */
export const QuoteList = z
  .object({ items: z.array(QuoteInArticle), nextCursor, total })
  .meta({ id: 'QuoteList', description: 'Quotations, newest article first, then in the order of the article.' });

/** Query of `GET /v1/quotes`. */
export const QuoteListQuery = z.object({
  speaker: Slug.optional().meta({ description: 'Only this speaker’s quotations (their slug).' }),
  type: entityType.optional().meta({ description: 'Only speakers of this kind.' }),
  limit: queryCount(100, 20, 'Page size'),
  cursor,
});
