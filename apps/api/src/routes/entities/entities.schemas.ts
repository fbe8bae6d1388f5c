/**
 * @module
 * Schemas of the entity and correction routes: the model's `Entity`, `Mention` and `Quote` with
 * what a reader needs around them (counts, articles, quotations), the editors' correction
 * requests, and the query parameters. A quotation listing is the quotation routes' own.
 */
import { ArticleSummary, Entity, EntityType, Mention, Quote, Slug, Timestamp } from '@dateline/model';
import { z } from '@hono/zod-openapi';
import { entityType } from '../../lib/entity-type-query.ts';
import { cursor, nextCursor, total } from '../../lib/page-schemas.ts';
import { queryCount } from '../../lib/query-count.ts';
import { DEFAULT_RELATED_LIMIT } from '../../services/entities.ts';
import { ArticleList } from '../articles/articles.routes.ts';
import { QuoteList } from '../quotes/quotes.schemas.ts';

const limit = (max: number, fallback: number) => queryCount(max, fallback, 'Page size');
const type = entityType.optional().meta({ description: 'person, place or organization.' });

/** An entity with the number of public articles naming it. */
const EntityWithCount = Entity.extend({
  articleCount: z.int().positive().meta({ description: 'Published articles naming it (scheduled ones not yet counted).' }),
}).meta({ id: 'EntityWithCount', description: 'A person, place or organisation and how many articles name it.' });

/** A page of entities. */
export const EntityList = z
  .object({ items: z.array(EntityWithCount), nextCursor, total })
  .meta({ id: 'EntityList', description: 'Entities by article count (most first), then slug.' });

/** An entity's page. */
export const EntityDetail = EntityWithCount.extend({
  articles: ArticleList.meta({ description: 'Published articles naming it, newest first (`cursor` pages through them).' }),
  quotes: QuoteList.meta({ description: 'Its most recent quotations; continue with `GET /v1/quotes?speaker=&type=&cursor=`.' }),
}).meta({ id: 'EntityDetail', description: 'A person, place or organisation with its articles and quotations.' });

/** Where an article stands with enrichment. */
const EnrichmentState = z
  .object({
    state: z.enum(['enriched', 'queued', 'failed']).meta({
      description:
        'enriched: its mentions and quotations are current; queued: the background worker will find them; failed: it gave up (`dateline enrich` tries again).',
    }),
    queuedAt: Timestamp.nullable().meta({ description: 'When it was queued; null once enriched.' }),
    attempts: z.int().nonnegative().meta({ description: 'Failed attempts since it was queued.' }),
  })
  .meta({ id: 'EnrichmentState' });

/** An article's entities and quotations with its enrichment state. */
export const ArticleEntities = z
  .object({ enrichment: EnrichmentState, mentions: z.array(Mention), quotes: z.array(Quote) })
  .meta({ id: 'ArticleEntities', description: 'The people, places, organisations and quotations of an article.' });

/** Articles related to one. */
export const RelatedArticles = z
  .object({ items: z.array(ArticleSummary) })
  .meta({ id: 'RelatedArticles', description: 'By shared people, places and organisations, then shared tags, then section, then newest.' });

const name = z.string().trim().min(1).max(200);

/** The editors' changes to an article's mentions. */
const MentionOperation = z
  .discriminatedUnion('op', [
    z.object({ op: z.literal('add'), type: EntityType, name }).meta({ id: 'MentionAdd', description: 'The article names this entity.' }),
    z
      .object({ op: z.literal('remove'), type: EntityType, slug: Slug })
      .meta({ id: 'MentionRemove', description: 'It does not name this one; quotations attributed to it lose their speaker.' }),
    z
      .object({
        op: z.literal('rename'),
        type: EntityType,
        slug: Slug,
        to: z.object({ type: EntityType.optional().meta({ description: 'Defaults to the current type.' }), name }),
      })
      .meta({ id: 'MentionRename', description: 'What was found is this entity (merged into it when also named); its quotations follow.' }),
  ])
  .meta({ id: 'MentionOperation' });

/** The body of `PATCH /v1/articles/{slug}/mentions`. */
export const MentionCorrections = z
  .object({ operations: z.array(MentionOperation).min(1).max(100) })
  .meta({ id: 'MentionCorrections', description: 'Changes applied in order, all or none.' });

/** The body of `PATCH /v1/articles/{slug}/quotes/{index}`. */
export const QuoteCorrection = z
  .object({
    speaker: z.object({ name }).nullable().optional().meta({ description: 'Who said it; null when the text names nobody.' }),
    role: name.nullable().optional().meta({ description: 'The speaker’s role as written; null for none.' }),
  })
  .refine((body) => body.speaker !== undefined || body.role !== undefined, { error: 'give a speaker, a role or both', path: ['speaker'] })
  .meta({ id: 'QuoteCorrection' });

/** Query of `GET /v1/entities`. */
export const EntityListQuery = z.object({
  type,
  q: z.string().trim().min(1).max(100).optional().meta({ description: 'The start of a word of the name or of an alias, e.g. `put`.' }),
  limit: limit(100, 20),
  cursor,
});

/** Query of `GET /v1/entities/{slug}`. */
export const EntityDetailQuery = z.object({
  type: entityType.optional().meta({ description: 'When several kinds share the slug; otherwise the one most articles name.' }),
  limit: limit(100, 20),
  cursor,
});

/** Query of `GET /v1/articles/{slug}/related`. */
export const RelatedQuery = z.object({ limit: limit(20, DEFAULT_RELATED_LIMIT) });

/** The `{slug}` path parameter. */
export const SlugParam = z.object({ slug: z.string().max(200).meta({ description: 'The slug.', example: 'vladimir-putin' }) });

/** The `{slug}` and `{index}` path parameters of a quotation. */
export const QuoteParams = z.object({
  slug: z.string().max(200).meta({ description: 'The article slug.', example: 'xi-and-putin-sign-joint-pact' }),
  index: z
    .string()
    .regex(/^\d{1,6}$/, { error: 'must be an integer from 0' })
    .transform(Number)
    .meta({ description: 'Index in the article’s `quotes`, from 0.', example: '0' }),
});
