/**
 * @module
 * Schemas of the front-page routes: the page readers get, its shape parameters, and editors' pins.
 */
import { ArticleSummary, Slug, Timestamp } from '@dateline/model';
import { z } from '@hono/zod-openapi';
import { queryCount } from '../../lib/query-count.ts';

/** Bounds of the front page's shape; the defaults are a common newspaper front. */
const LEAD_MAX = 10;
const LEAD_DEFAULT = 3;
const SECTIONS_MAX = 20;
const SECTIONS_DEFAULT = 6;
const PER_SECTION_MAX = 12;
const PER_SECTION_DEFAULT = 4;

/** `GET /v1/front-page`'s parameters. */
export const FrontPageQuery = z.object({
  lead: queryCount(LEAD_MAX, LEAD_DEFAULT, 'Lead stories'),
  sections: queryCount(SECTIONS_MAX, SECTIONS_DEFAULT, 'Section blocks'),
  perSection: queryCount(PER_SECTION_MAX, PER_SECTION_DEFAULT, 'Stories in each section block'),
});

/** One section's block on the front page. */
const SectionBlock = z
  .object({
    name: z.string(),
    slug: Slug,
    articleCount: z.int().positive().meta({ description: 'Published articles filed under the section.' }),
    items: z.array(ArticleSummary).meta({ description: 'Its newest stories, leaving out the lead stories.' }),
  })
  .meta({ id: 'SectionBlock', description: 'A section and its newest stories, for the front page.' });

/** The front page. */
export const FrontPage = z
  .object({
    lead: z.array(ArticleSummary).meta({ description: 'Stories editors pinned (most recently pinned first), then the newest stories.' }),
    pinned: z.array(Slug).meta({ description: 'The slugs of the lead stories that editors pinned.' }),
    sections: z
      .array(SectionBlock)
      .meta({ description: 'The sections with the most stories, busiest first; a section with nothing left to show is left out.' }),
  })
  .meta({ id: 'FrontPage', description: 'What the front page shows: lead stories and a block per section.' });

/** A story pinned to the front page. */
export const FrontPagePinSchema = z
  .object({
    slug: Slug,
    pinnedAt: Timestamp,
    pinnedBy: z.string().nullable().meta({ description: 'The id of the person or token who pinned it, when known.' }),
    until: Timestamp.nullable().meta({ description: 'When the pin lapses by itself; null for a pin kept until lifted.' }),
  })
  .meta({ id: 'FrontPagePin', description: 'A story pinned to the front page.' });

/** Every pin. */
export const FrontPagePinList = z
  .object({ items: z.array(FrontPagePinSchema.extend({ active: z.boolean().meta({ description: 'False once `until` has passed.' }) })) })
  .meta({ id: 'FrontPagePinList', description: 'Pins, the most recently pinned first.' });

/** `PUT /v1/front-page/pins/{slug}`'s body. */
export const PinBody = z
  .object({
    until: Timestamp.nullable().optional().meta({ description: 'When the pin lapses by itself; null or absent to keep it until lifted.' }),
  })
  .strict()
  .meta({ id: 'FrontPagePinRequest' });

/** The `{slug}` path parameter. */
export const PinSlugParam = z.object({
  slug: z.string().max(200).meta({ description: "The story's slug.", example: 'night-ferry-returns' }),
});
