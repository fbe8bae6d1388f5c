/**
 * @module
 * The shapes of the entity merge routes.
 */
import { EntityType, Slug } from '@dateline/model';
import { z } from '@hono/zod-openapi';

const entityType = z.enum(EntityType.options, { error: 'must be person, place or organization' });

/** `POST /v1/entity-merges`. */
export const MergeBody = z
  .object({
    type: entityType,
    from: Slug.meta({ description: 'The entity merged away, e.g. `putin`.' }),
    into: Slug.meta({ description: 'The entity it becomes, e.g. `vladimir-putin`.' }),
  })
  .strict()
  .meta({ id: 'EntityMergeInput' });

/** A merge. */
const MergeSchema = z
  .object({
    type: entityType,
    from: z.object({ slug: z.string(), name: z.string() }),
    into: z.object({ slug: z.string(), name: z.string() }),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'EntityMerge', description: 'An entity merged into another in every story, now and after later enrichments.' });

/** The answer to a merge. */
export const MergeResult = z
  .object({ merge: MergeSchema, articles: z.int().meta({ description: 'Articles changed.' }) })
  .meta({ id: 'EntityMergeResult' });

/** The answer to a split. */
export const SplitResult = z
  .object({
    merge: MergeSchema,
    queued: z.int().meta({ description: 'Articles queued for enrichment, which finds the split entity in their text again.' }),
  })
  .meta({ id: 'EntitySplitResult' });

/** `/v1/entity-merges/{type}/{slug}`. */
export const MergeParams = z.object({ type: entityType, slug: Slug });

/** `POST /v1/entities/{slug}/aliases`. */
export const AliasBody = z
  .object({ type: entityType, name: z.string().trim().min(1).max(200) })
  .strict()
  .meta({ id: 'EntityAliasInput' });

/** An entity's other names. */
export const AliasList = z.object({ aliases: z.array(z.string()) }).meta({ id: 'EntityAliases' });

/** All merges. */
export const MergeList = z.object({ items: z.array(MergeSchema) }).meta({ id: 'EntityMergeList' });
