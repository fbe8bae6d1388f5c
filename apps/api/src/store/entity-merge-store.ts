/**
 * @module
 * Entities merged across stories: "Putin" into "Vladimir Putin" in every article, now and after
 * any later enrichment. A merge is kept apart from the articles and applied, as a rename, after
 * each article's own corrections whenever its mentions are written (see `readCorrections`).
 */
import type { EntityType } from '@dateline/model';
import type { EntityCorrection } from './entity-corrections.ts';

/** One merge. */
export interface EntityMerge {
  type: EntityType;
  from: { slug: string; name: string };
  into: { slug: string; name: string };
  createdBy: string | null;
  createdAt: string;
}

/** A merge that cannot be made; the message says why. */
export class EntityMergeError extends Error {
  override name = 'EntityMergeError';
  readonly field: 'from' | 'into';
  constructor(field: 'from' | 'into', message: string) {
    super(message);
    this.field = field;
  }
}

/** A merge as both databases read it. */
export interface MergeRow {
  type: string;
  from_slug: string;
  from_name: string;
  to_name: string;
}

/**
 * A stored merge as the rename correction that applies it.
 *
 * @example
 * mergeCorrection({ type: 'person', from_slug: 'putin', from_name: 'Putin', to_name: 'Vladimir Putin' });
 */
export function mergeCorrection(row: MergeRow): EntityCorrection {
  return {
    op: 'rename',
    from: { type: row.type as EntityType, slug: row.from_slug, name: row.from_name },
    to: { type: row.type as EntityType, name: row.to_name },
  };
}

/**
 * Merges, splits and aliases of entities.
 *
 * @example
 * await store.mergeEntities({ type: 'person', from: 'putin', into: 'vladimir-putin', createdBy: 'u1', now: new Date() });
 */
export interface EntityMergeStore {
  /**
   * Merges `from` into `into` in every article (documents and rows, one transaction), keeps the
   * merge for later enrichments, and makes `from`'s name an alias of `into`. Throws
   * `EntityMergeError` when either is unknown, they are the same, or `into` was merged away.
   */
  mergeEntities(request: {
    type: EntityType;
    from: string;
    into: string;
    createdBy: string | null;
    now: Date;
  }): Promise<{ merge: EntityMerge; articles: number }>;
  /** Oldest first. */
  listEntityMerges(): Promise<EntityMerge[]>;
  /**
   * Undoes the merge of `from`: forgets it and queues the articles that name its target for
   * enrichment, which finds `from` in their text again. Null when there was no such merge.
   */
  splitEntity(type: EntityType, from: string): Promise<{ merge: EntityMerge; queued: number } | null>;
  /** Adds `alias` to the entity's other names; its aliases, or null when there is no such entity. */
  addEntityAlias(type: EntityType, slug: string, alias: string): Promise<string[] | null>;
}
