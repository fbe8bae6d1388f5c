/**
 * @module
 * The people, places and organisations a story is about, and how often and where each is named.
 */
import * as z from 'zod';
import { Slug } from '../common.ts';

/**
 * The kinds of named thing Dateline tracks.
 *
 * @example
 * EntityType.parse('place'); // 'place'
 */
export const EntityType = z.enum(['person', 'place', 'organization']).meta({
  id: 'EntityType',
  description:
    'person: a named human; place: a country, region, city or site; organization: a company, party, agency, team or institution.',
});
export type EntityType = z.infer<typeof EntityType>;

/**
 * A named person, place or organisation with the other names it goes by in the text.
 *
 * @example
 * const xi = Entity.parse({ type: 'person', name: 'Xi Jinping', slug: 'xi-jinping', aliases: ['Xi'] });
 */
export const Entity = z
  .object({
    type: EntityType,
    name: z.string().min(1).max(200).meta({ description: 'The fullest name used, e.g. "Vladimir Putin".' }),
    slug: Slug.meta({ description: 'slugify(name): the key that joins mentions across articles.' }),
    aliases: z.array(z.string().min(1).max(200)).meta({ description: 'Other names for it in the text, e.g. "Putin" or "Mr Putin".' }),
  })
  .meta({ id: 'Entity', description: 'A named person, place or organisation.' });
export type Entity = z.infer<typeof Entity>;

/**
 * Where something is first named: a body block and a character offset in its text.
 *
 * @example
 * TextPosition.parse({ block: -1, offset: 0 }); // the start of the headline
 */
export const TextPosition = z
  .object({
    block: z.int().min(-1).meta({ description: 'Index in the body; -1 for the headline.' }),
    offset: z.int().nonnegative().meta({ description: 'Character offset in the block’s plain text (see blockText).' }),
  })
  .meta({ id: 'TextPosition', description: 'A place in the text of an article.' });
export type TextPosition = z.infer<typeof TextPosition>;

/**
 * An entity named in one article: how often, and where first.
 *
 * @example
 * const m = Mention.parse({
 *   entity: { type: 'place', name: 'Moscow', slug: 'moscow' },
 *   count: 6,
 *   firstPosition: { block: 0, offset: 132 },
 * });
 */
export const Mention = z
  .object({
    entity: Entity.pick({ type: true, name: true, slug: true }),
    count: z.int().positive().meta({ description: 'Times it is named in the headline and body, under any of its names.' }),
    firstPosition: TextPosition,
  })
  .meta({ id: 'Mention', description: 'A person, place or organisation named in an article.' });
export type Mention = z.infer<typeof Mention>;
