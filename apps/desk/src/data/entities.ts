/**
 * @module
 * People, places, organisations and quotations: a story's, with the editors' corrections to
 * them, and across stories (finding entities, merging, splitting, aliases). The corrections are
 * kept by the API apart from the story, so enriching it again does not undo them.
 */
import type { Schemas } from '@dateline/client';
import type { EntityType, Mention, Quote } from '@dateline/model/core';
import { call, type Transport } from './http.ts';

/** A story's mentions and quotations, and whether they are current. */
export interface ArticleEntities {
  enrichment: Schemas['EnrichmentState'];
  mentions: Mention[];
  quotes: Quote[];
}

/** One change to a story's mentions, as `PATCH /v1/articles/{slug}/mentions` takes it. */
export type MentionOperation =
  | { op: 'add'; type: EntityType; name: string }
  | { op: 'remove'; type: EntityType; slug: string }
  | { op: 'rename'; type: EntityType; slug: string; to: { type?: EntityType; name: string } };

/** A page of entities, each with the number of articles naming it. */
export type EntityPage = Schemas['EntityList'];

/** An entity merged into another in every story. */
export type EntityMerge = Schemas['EntityMerge'];

const article = (slug: string) => `/v1/articles/${encodeURIComponent(slug)}`;

/**
 * A story's mentions and quotations (drafts too: the desk is signed in).
 *
 * @example
 * const { mentions, quotes } = await getArticleEntities(transport, 'night-ferry');
 */
export async function getArticleEntities(transport: Transport, slug: string): Promise<ArticleEntities> {
  return (await call<ArticleEntities>(transport, 'GET', `${article(slug)}/entities`)).body;
}

/**
 * Applies changes to a story's mentions, all or none, in order.
 *
 * @example
 * await correctMentions(transport, 'night-ferry', [{ op: 'remove', type: 'person', slug: 'mara-quill' }]);
 */
export async function correctMentions(transport: Transport, slug: string, operations: MentionOperation[]): Promise<ArticleEntities> {
  return (await call<ArticleEntities>(transport, 'PATCH', `${article(slug)}/mentions`, { body: { operations } })).body;
}

/**
 * Gives the quotation at `index` of the story's quotations another speaker (null: nobody named).
 *
 * @example
 * await correctQuote(transport, 'night-ferry', 2, { name: 'Ines Calder' });
 */
export async function correctQuote(
  transport: Transport,
  slug: string,
  index: number,
  speaker: { name: string } | null,
): Promise<ArticleEntities> {
  return (await call<ArticleEntities>(transport, 'PATCH', `${article(slug)}/quotes/${index}`, { body: { speaker } })).body;
}

/**
 * Entities by the start of a word of their name or an alias, most named first.
 *
 * @example
 * const { items } = await findEntities(transport, { q: 'put', type: 'person' });
 */
export async function findEntities(transport: Transport, query: { q?: string; type?: EntityType; limit?: number }): Promise<EntityPage> {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.type) params.set('type', query.type);
  params.set('limit', String(query.limit ?? 50));
  return (await call<EntityPage>(transport, 'GET', `/v1/entities?${params}`)).body;
}

/**
 * Every merge, oldest first (editors).
 *
 * @example
 * const merges = await listMerges(transport);
 */
export async function listMerges(transport: Transport): Promise<EntityMerge[]> {
  return (await call<{ items: EntityMerge[] }>(transport, 'GET', '/v1/entity-merges')).body.items;
}

/**
 * Merges `from` into `into` in every story; how many stories changed.
 *
 * @example
 * await mergeEntities(transport, { type: 'person', from: 'putin', into: 'vladimir-putin' });
 */
export async function mergeEntities(
  transport: Transport,
  request: { type: EntityType; from: string; into: string },
): Promise<{ merge: EntityMerge; articles: number }> {
  return (await call<{ merge: EntityMerge; articles: number }>(transport, 'POST', '/v1/entity-merges', { body: request })).body;
}

/**
 * Undoes the merge of `slug`; its stories are queued for enrichment, which finds it again.
 *
 * @example
 * const { queued } = await splitEntity(transport, 'person', 'putin');
 */
export async function splitEntity(transport: Transport, type: EntityType, slug: string): Promise<{ merge: EntityMerge; queued: number }> {
  return (await call<{ merge: EntityMerge; queued: number }>(transport, 'DELETE', `/v1/entity-merges/${type}/${encodeURIComponent(slug)}`))
    .body;
}

/**
 * Adds another name of an entity; all its other names.
 *
 * @example
 * await addAlias(transport, 'person', 'vladimir-putin', 'Mr Putin');
 */
export async function addAlias(transport: Transport, type: EntityType, slug: string, name: string): Promise<string[]> {
  return (
    await call<{ aliases: string[] }>(transport, 'POST', `/v1/entities/${encodeURIComponent(slug)}/aliases`, { body: { type, name } })
  ).body.aliases;
}
