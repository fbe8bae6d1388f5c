/**
 * @module
 * The article listing's filters, defined once as the query string gives them. The query schemas
 * of `GET /v1/articles`, `GET /v1/search` and `GET /v1/feed-items` are built from it (and so the
 * OpenAPI document and both clients), and the filter types of the store, the services and the
 * site are derived from it: a filter added here reaches every one of them. Each store's SQL
 * applies the filters by name (`articleConditions`); `article-filters.test.ts` fails for a
 * filter a store ignores.
 */
import { Slug, Timestamp } from '@dateline/model';
import * as z from 'zod';

/**
 * The status filter of a listing. `scheduled` is a published article whose publication time has
 * not come; `published` one whose time has come.
 */
export const STATUS_FILTERS = ['draft', 'review', 'scheduled', 'published', 'archived'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/**
 * The filters every listing of articles takes, as query parameters: the topic and entity slugs,
 * then the time span.
 *
 * @example
 * ArticleFilterQuery.parse({ section: 'business', from: '2026-05-01T00:00:00Z' });
 */
export const ArticleFilterQuery = z.object({
  section: Slug.optional().meta({ description: 'Only this section (slug).' }),
  tag: Slug.optional().meta({ description: 'Only articles with this tag (slug).' }),
  author: Slug.optional().meta({ description: 'Only articles by this author (slug).' }),
  person: Slug.optional().meta({ description: 'Only articles naming this person (slug), e.g. `vladimir-putin`.' }),
  place: Slug.optional().meta({ description: 'Only articles naming this place (slug), e.g. `moscow`.' }),
  organization: Slug.optional().meta({ description: 'Only articles naming this organisation (slug), e.g. `kremlin`.' }),
  from: Timestamp.optional().meta({ description: 'Published at or after this time.' }),
  to: Timestamp.optional().meta({ description: 'Published before this time.' }),
});

/** The filters that are a time span; the others name a topic or entity by slug. */
type TimeFilter = 'from' | 'to';
type FilterQuery = z.output<typeof ArticleFilterQuery>;

/** The filters naming a section, tag, author, person, place or organisation by slug. */
export type SlugFilters = { [K in Exclude<keyof FilterQuery, TimeFilter>]?: string | undefined };

/**
 * The filters a listing applies: the query's, with its times as `Date`s (`from` inclusive, `to`
 * exclusive), and the newsroom's status filter (only meaningful with hidden articles included).
 */
export type ArticleFilters = SlugFilters & { [K in TimeFilter]?: Date | undefined } & { status?: StatusFilter | undefined };

/**
 * The filters of a validated query, its times read as `Date`s.
 *
 * @example
 * filtersOf({ tag: 'boats', from: '2026-05-01T00:00:00Z' }); // { tag: 'boats', from: Date(2026-05-01…) }
 */
export function filtersOf<Q extends Partial<FilterQuery>>(query: Q): Omit<Q, TimeFilter> & Pick<ArticleFilters, TimeFilter> {
  const { from, to, ...rest } = query;
  return { ...rest, from: from === undefined ? undefined : new Date(from), to: to === undefined ? undefined : new Date(to) };
}
