/**
 * @module
 * Loading the page of a person, place or organisation, and what the page says about it.
 */
import type { EntityType } from '@dateline/model';
import { ApiResponseError, type EntityDetail, getEntity } from '../data/index.ts';
import { siteLocale } from './site-locale.ts';
import { storyCount } from './topics.ts';

/** What an entity page shows. */
export interface EntityPageData {
  entity: EntityDetail;
  /** The cursor of this page of its articles; undefined on the first. */
  cursor: string | undefined;
}

/**
 * The entity `slug` of `type` and the page of its articles that `url`'s `?cursor=` names; null
 * when no published article names it, or the cursor is not one the API issued (the page answers 404).
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * const data = await loadEntityPage('person', Astro.params.slug ?? '', Astro.url);
 * if (!data) return new Response(null, { status: 404 });
 */
export async function loadEntityPage(type: EntityType, slug: string, url: URL): Promise<EntityPageData | null> {
  const cursor = url.searchParams.get('cursor') ?? undefined;
  try {
    const entity = await getEntity(type, slug, cursor);
    // Without a type the API may answer with another kind of the same name; this page is for one kind.
    return entity && entity.type === type ? { entity, cursor } : null;
  } catch (error) {
    if (cursor && error instanceof ApiResponseError && error.status === 400) return null;
    throw error;
  }
}

/**
 * One line about an entity's page.
 *
 * @example
 * entityDescription({ type: 'person', name: 'Xi Jinping', articleCount: 3, … }, 'Dateline');
 * // 'Xi Jinping in 3 stories from Dateline, and what they said.'
 */
export function entityDescription(entity: Pick<EntityDetail, 'type' | 'name' | 'articleCount' | 'quotes'>, siteName: string): string {
  return siteLocale().messages.entities.description(
    entity.name,
    storyCount(entity.articleCount),
    siteName,
    entity.quotes.total > 0,
    entity.type === 'person',
  );
}
