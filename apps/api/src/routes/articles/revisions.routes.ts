/**
 * @module
 * Contracts of an article's revisions and preview links: list, read one, compare two, restore
 * one (contributors: their own drafts and stories in review), and make a preview link.
 */
import { Article } from '@dateline/model';
import { createRoute, z } from '@hono/zod-openapi';
import { BEARER_SECURITY, requireRole } from '../../lib/auth.ts';
import { IfMatchHeaders, staleContent } from '../../lib/preconditions.ts';
import { problemContent } from '../../lib/problem.ts';
import { REVISION_KINDS } from '../../store/store.ts';
import { PREVIEW_DEFAULT_SECONDS, PREVIEW_MAX_SECONDS } from '../../services/workflow/preview-links.ts';

const tags = ['Revisions'];
const slug = z.string().max(200).meta({ description: 'The article slug.', example: 'city-council-votes-on-river-path' });
const revisionId = (description: string) => z.string().min(1).max(100).meta({ description });

const Who = z
  .object({ id: z.string(), name: z.string() })
  .nullable()
  .meta({ id: 'Actor', description: 'Who did it (a token or a person), null when not recorded.' });

/** One revision as listed. */
const RevisionSummary = z
  .object({
    id: z.string(),
    number: z.int().positive().meta({ description: '1, 2, 3… per article.' }),
    createdAt: z.string().meta({ description: 'When the revision was first saved.' }),
    savedAt: z
      .string()
      .meta({ description: "When it was last saved: later than `createdAt` when one person's consecutive edits were folded into it." }),
    author: Who,
    kind: z.enum(REVISION_KINDS).meta({
      description: 'created, edited, status (a status change), restored, imported, or initial (as it was before revisions were kept).',
    }),
    status: z.string().meta({ description: "The article's status in this revision." }),
    fields: z.array(z.string()).meta({ description: 'The fields this revision changed.' }),
    summary: z.string().meta({ description: 'What it changed, in a line.', example: 'Changed headline, body' }),
  })
  .meta({ id: 'RevisionSummary' });

const RevisionList = z
  .object({ items: z.array(RevisionSummary) })
  .meta({ id: 'RevisionList', description: 'The revisions, newest first.' });

const WordRun = z.object({ op: z.enum(['add', 'del', 'same']), text: z.string() }).meta({ id: 'WordRun' });
const BlockChange = z
  .object({
    index: z
      .int()
      .nonnegative()
      .meta({ description: "The block's position in the newer revision (in the older one for a removed block)." }),
    change: z.enum(['added', 'removed', 'changed', 'same']),
    type: z.string().meta({ description: 'The block type.' }),
    words: z.array(WordRun).meta({ description: "The block's text as runs of words added, deleted and kept." }),
  })
  .meta({ id: 'BlockChange' });
const FieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() }).meta({ id: 'FieldChange' });
const RevisionDiff = z
  .object({ blocks: z.array(BlockChange), fields: z.array(FieldChange).meta({ description: 'The other fields that differ.' }) })
  .meta({ id: 'RevisionDiff', description: 'The difference from revision `a` to revision `b`.' });

const unauthorized = problemContent('No token or session, or it is unknown or revoked.');
const forbidden = problemContent("The role does not allow this (a contributor on another's story or one past review).");
const read = [requireRole('contributor')];

/** `GET /v1/articles/{slug}/revisions`. */
export const list = createRoute({
  method: 'get',
  path: '/v1/articles/{slug}/revisions',
  tags,
  summary: "List an article's revisions",
  description: 'Every saved revision of the article, newest first: who saved it, when, and what it changed.',
  security: BEARER_SECURITY,
  middleware: read,
  request: { params: z.object({ slug }) },
  responses: {
    200: { content: { 'application/json': { schema: RevisionList } }, description: 'The revisions.' },
    401: unauthorized,
    403: forbidden,
    404: problemContent('No article has this slug.'),
  },
});

/** `GET /v1/articles/{slug}/revisions/{id}`. */
export const get = createRoute({
  method: 'get',
  path: '/v1/articles/{slug}/revisions/{id}',
  tags,
  summary: 'Get an article as it was',
  description: 'The article as it was saved in this revision.',
  security: BEARER_SECURITY,
  middleware: read,
  request: { params: z.object({ slug, id: revisionId('The revision id.') }) },
  responses: {
    200: { content: { 'application/json': { schema: Article } }, description: 'The article as saved then.' },
    401: unauthorized,
    403: forbidden,
    404: problemContent('No article has this slug, or it has no revision with this id.'),
  },
});

/** `GET /v1/articles/{slug}/revisions/{a}/diff/{b}`. */
export const diff = createRoute({
  method: 'get',
  path: '/v1/articles/{slug}/revisions/{a}/diff/{b}',
  tags,
  summary: 'Compare two revisions',
  description:
    'The difference from revision `a` to revision `b` (any two, either order): the body block by block (added, removed, changed, the same), ' +
    'with the words added and deleted inside a changed block, and the other fields that differ.',
  security: BEARER_SECURITY,
  middleware: read,
  request: { params: z.object({ slug, a: revisionId('The older revision id.'), b: revisionId('The newer revision id.') }) },
  responses: {
    200: { content: { 'application/json': { schema: RevisionDiff } }, description: 'The difference.' },
    401: unauthorized,
    403: forbidden,
    404: problemContent('No article has this slug, or it has no revision with one of the ids.'),
  },
});

/** `POST /v1/articles/{slug}/revisions/{id}/restore`. */
export const restore = createRoute({
  method: 'post',
  path: '/v1/articles/{slug}/revisions/{id}/restore',
  tags,
  summary: 'Restore a revision',
  description:
    'Saves the text and settings of this revision as the article now, which makes a new revision. The status, publication time and slug stay as ' +
    'they are, so restoring an earlier text of a published story neither unpublishes nor moves it. Honours `If-Match` like `PUT`.',
  security: BEARER_SECURITY,
  middleware: [requireRole('contributor')],
  request: { params: z.object({ slug, id: revisionId('The revision to restore.') }), headers: IfMatchHeaders },
  responses: {
    200: { content: { 'application/json': { schema: Article } }, description: 'The restored article.' },
    401: unauthorized,
    403: forbidden,
    404: problemContent('No article has this slug, or it has no revision with this id.'),
    409: problemContent('The restored content is stored under another slug.'),
    412: staleContent,
  },
});

/** The body of `POST /v1/articles/{slug}/preview-links`. */
const PreviewLinkInput = z
  .object({
    expiresIn: z
      .int({ error: `must be a whole number of seconds from 60 to ${PREVIEW_MAX_SECONDS}` })
      .min(60, { error: `must be a whole number of seconds from 60 to ${PREVIEW_MAX_SECONDS}` })
      .max(PREVIEW_MAX_SECONDS, { error: `must be a whole number of seconds from 60 to ${PREVIEW_MAX_SECONDS}` })
      .optional()
      .meta({ description: `Seconds until the link expires; default ${PREVIEW_DEFAULT_SECONDS} (7 days).` }),
  })
  .strict()
  .meta({ id: 'PreviewLinkInput' });

const PreviewLink = z
  .object({
    token: z.string().meta({ description: 'The secret; shown once, stored only as a hash.' }),
    url: z.string().meta({ description: 'The API address that shows the article with this token (`GET /v1/previews/{token}`).' }),
    expiresAt: z.string(),
  })
  .meta({ id: 'PreviewLink' });

/** `POST /v1/articles/{slug}/preview-links`. */
export const createPreviewLink = createRoute({
  method: 'post',
  path: '/v1/articles/{slug}/preview-links',
  tags,
  summary: 'Make a preview link',
  description:
    'A secret link showing the article in any status to whoever has it, without signing in, until it expires (contributors: their own drafts and stories in review).',
  security: BEARER_SECURITY,
  middleware: [requireRole('contributor')],
  request: { params: z.object({ slug }), body: { required: false, content: { 'application/json': { schema: PreviewLinkInput } } } },
  responses: {
    201: { content: { 'application/json': { schema: PreviewLink } }, description: 'The link.' },
    400: problemContent('`expiresIn` is out of range.'),
    401: unauthorized,
    403: forbidden,
    404: problemContent('No article has this slug.'),
  },
});
