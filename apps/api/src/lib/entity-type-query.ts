/**
 * @module
 * The `type` query parameter of the entity and quotation routes: the model's entity types, with
 * the sentence a client sees when it sends another.
 */
import { EntityType } from '@dateline/model';
import { z } from '@hono/zod-openapi';

/**
 * person, place or organization; any other value is a 400 naming `type`.
 *
 * @example
 * const Query = z.object({ type: entityType.optional().meta({ description: 'Only speakers of this kind.' }) });
 */
export const entityType = z.enum(EntityType.options, { error: 'must be person, place or organization' });
