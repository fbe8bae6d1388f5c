/**
 * @module
 * How a save resolves against what is stored, decided the same way by both stores from the same
 * few lookups. A save with an import key follows that key: a key seen before updates its article,
 * a new key never overwrites another story (a taken slug gets a `-2`, `-3`… suffix). A save
 * without a key is keyed by slug, as before keys existed.
 */
import type { Article } from '@dateline/model';
import type { SaveOptions } from './article-store.ts';

/** The stored article a save may concern. */
export interface StoredIdentity {
  id: string;
  slug: string;
  created_at: string;
  revision_hash: string | null;
  import_key: string | null;
}

/** What the store found for a save: by import key, by the article's slug, by story hash. */
export interface SaveLookups {
  byKey?: StoredIdentity | undefined;
  bySlug?: StoredIdentity | undefined;
  twin?: StoredIdentity | undefined;
}

/** What to do. */
export type SavePlan =
  | { kind: 'skip'; outcome: 'unchanged' | 'duplicate'; id: string; slug: string }
  /** Rewrite `existing` (its id, slug and creation time stay); `unchanged` when only the key is new. */
  | { kind: 'update'; existing: StoredIdentity; outcome: 'updated' | 'unchanged' }
  /** Insert; `freeSlug` when the article's slug is taken by another story. */
  | { kind: 'create'; freeSlug: boolean };

/**
 * The plan for saving `article` with `options`, given the lookups.
 *
 * @example
 * planSave(article, { revisionHash: 'r1', importKey: '/news/a.md' }, { byKey: undefined, bySlug: stored, twin: undefined });
 * // { kind: 'create', freeSlug: true }
 */
export function planSave(article: Article, options: SaveOptions & { revisionHash: string }, found: SaveLookups): SavePlan {
  const same = (row: StoredIdentity) => row.revision_hash === options.revisionHash;
  const target = options.importKey === undefined ? found.bySlug : found.byKey;
  if (target) {
    return same(target)
      ? { kind: 'skip', outcome: 'unchanged', id: target.id, slug: target.slug }
      : { kind: 'update', existing: target, outcome: 'updated' };
  }
  const { twin } = found;
  if (twin) {
    // The same file imported before keys existed: adopt it rather than call it a copy of itself.
    if (options.importKey !== undefined && twin.import_key === null && twin.slug === article.slug) {
      return { kind: 'update', existing: twin, outcome: same(twin) ? 'unchanged' : 'updated' };
    }
    return { kind: 'skip', outcome: 'duplicate', id: twin.id, slug: twin.slug };
  }
  return { kind: 'create', freeSlug: found.bySlug !== undefined };
}

/**
 * The candidates for a free slug after `slug`: `slug-2`, `slug-3`…, each cut to fit the 120
 * characters a slug may have.
 *
 * @example
 * [...suffixedSlugs('budget-vote')].slice(0, 2); // ['budget-vote-2', 'budget-vote-3']
 */
export function* suffixedSlugs(slug: string): Generator<string> {
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    yield `${slug.slice(0, 120 - suffix.length).replace(/-+$/, '')}${suffix}`;
  }
}
