/**
 * @module
 * Contracts of entity merges across stories, splits and aliases (editors). A merge is kept and
 * applied again whenever an article is enriched, so `dateline enrich --all` keeps it.
 */
import { createRoute } from '@hono/zod-openapi';
import { BEARER_SECURITY, requireRole } from '../../lib/auth.ts';
import { bodyLimit } from '../../lib/body-limit.ts';
import { acceptContentTypes } from '../../lib/content-type.ts';
import { problemContent } from '../../lib/problem.ts';
import { SlugParam } from './entities.schemas.ts';
import { AliasBody, AliasList, MergeBody, MergeList, MergeParams, MergeResult, SplitResult } from './merges.schemas.ts';

const tags = ['Editing'];
const json = [bodyLimit(4 * 1024), acceptContentTypes(['application/json'])] as const;
const auth = {
  401: problemContent('Not signed in and no valid API token.'),
  403: problemContent('Not an editor, or (with a session) the CSRF token is missing or wrong.'),
} as const;

/** `POST /v1/entity-merges`. */
export const merge = createRoute({
  method: 'post',
  path: '/v1/entity-merges',
  tags,
  summary: 'Merge one entity into another in every story',
  description:
    "Every article naming `from` names `into` instead (listings, search filters, entity pages and related stories follow); `from`'s name becomes an alias of `into`. Kept, so enriching again does not undo it; undone by `DELETE /v1/entity-merges/{type}/{slug}`.",
  security: BEARER_SECURITY,
  middleware: [requireRole('editor'), ...json],
  request: { body: { content: { 'application/json': { schema: MergeBody } }, required: true } },
  responses: {
    201: { content: { 'application/json': { schema: MergeResult } }, description: 'Merged.' },
    400: problemContent('A field is invalid (each one is named in `errors`).'),
    ...auth,
    422: problemContent('An entity is unknown, already merged, or would merge into itself; the field is named in `errors`.'),
  },
});

/** `GET /v1/entity-merges`. */
export const list = createRoute({
  method: 'get',
  path: '/v1/entity-merges',
  tags,
  summary: 'List merges',
  security: BEARER_SECURITY,
  middleware: [requireRole('editor')],
  responses: { 200: { content: { 'application/json': { schema: MergeList } }, description: 'Oldest first.' }, ...auth },
});

/** `DELETE /v1/entity-merges/{type}/{slug}`. */
export const split = createRoute({
  method: 'delete',
  path: '/v1/entity-merges/{type}/{slug}',
  tags,
  summary: 'Split a wrong merge',
  description:
    "Forgets the merge of `slug` and queues the articles naming its target for enrichment, which finds `slug` in their text again (the server's worker or `dateline enrich` does it).",
  security: BEARER_SECURITY,
  middleware: [requireRole('editor')],
  request: { params: MergeParams },
  responses: {
    200: { content: { 'application/json': { schema: SplitResult } }, description: 'Split.' },
    400: problemContent('A path parameter is invalid.'),
    ...auth,
    404: problemContent('The entity is not merged.'),
  },
});

/** `POST /v1/entities/{slug}/aliases`. */
export const alias = createRoute({
  method: 'post',
  path: '/v1/entities/{slug}/aliases',
  tags,
  summary: 'Add another name of an entity',
  security: BEARER_SECURITY,
  middleware: [requireRole('editor'), ...json],
  request: { params: SlugParam, body: { content: { 'application/json': { schema: AliasBody } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: AliasList } }, description: 'Its other names.' },
    400: problemContent('A field is invalid (each one is named in `errors`).'),
    ...auth,
    404: problemContent('No entity of this type has the slug.'),
  },
});
