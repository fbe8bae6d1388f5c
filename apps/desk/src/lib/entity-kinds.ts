/**
 * @module
 * The kinds of entity as the desk names them, in the order its pages list them; derived from
 * the model's list so a new kind shows up here too (it then needs only its words).
 */
import { EntityType } from '@dateline/model/core';

const WORDS: Record<EntityType, { plural: string; singular: string }> = {
  person: { plural: 'People', singular: 'person' },
  place: { plural: 'Places', singular: 'place' },
  organization: { plural: 'Organisations', singular: 'organisation' },
};

/** Each kind with its words: `People`/`person`. */
export const ENTITY_KINDS: readonly { type: EntityType; plural: string; singular: string }[] = EntityType.options.map((type) => ({
  type,
  ...WORDS[type],
}));

/**
 * Whether `value` is a kind of entity (a query parameter, a select's value).
 *
 * @example
 * isEntityType('place'); // true
 */
export function isEntityType(value: unknown): value is EntityType {
  return EntityType.options.includes(value as EntityType);
}
