/**
 * @module
 * Contracts of the editorial article routes: create, replace, patch and delete. Each needs a
 * contributor, editor or admin; contributors work on their own drafts and stories in review only.
 * Bodies are limited to 1 MB and checked for their media type before they are read. Writes to an
 * existing article honour `If-Match` (412 with the current article when it is stale).
 */
import { Article, ArticleInput } from '@dateline/model';
import { createRoute, z } from '@hono/zod-openapi';
import { BEARER_SECURITY, requireRole } from '../../lib/auth.ts';
import { ARTICLE_BODY_LIMIT, bodyLimit } from '../../lib/body-limit.ts';
import { acceptContentTypes } from '../../lib/content-type.ts';
import { IfMatchHeaders, staleContent } from '../../lib/preconditions.ts';
import { IGNORED_FIELDS_HEADER } from '../../services/article-input.ts';
import { problemContent } from '../../lib/problem.ts';
import { IMPORT_FORMATS, mediaTypeList, type StoryReader, TEXT_FORMATS } from '../../services/import-formats.ts';
import { exampleArticle, exampleInput, exampleMarkdown, examplePatch } from './articles.examples.ts';

/** Media types a new or replaced article may be sent in. */
const ARTICLE_BODY_TYPES = ['application/json', ...TEXT_FORMATS] as const;
/** Media types of a patch. */
const PATCH_BODY_TYPES = ['application/merge-patch+json', 'application/json'] as const;

const tags = ['Editing'];
const slugParam = z.object({
  slug: z.string().max(200).meta({ description: 'The article slug.', example: exampleArticle.slug }),
});
const htmlQuery = z.object({
  url: z.url().optional().meta({ description: 'For `text/html` bodies: the address of the page, to resolve its relative links.' }),
});

/** A merge patch: any JSON object; what it merges into is validated afterwards. */
const ArticlePatch = z
  .record(z.string(), z.unknown(), { error: 'must be a JSON object' })
  .meta({ id: 'ArticlePatch', description: 'A JSON merge patch (RFC 7396) of ArticleInput fields.' });

// The sample goes with the Markdown body, the form the desk's editors and the README show.
const textBody = (story: StoryReader) => ({
  schema: z.string().meta({ id: story.schemaId, description: story.bodyDescription }),
  ...(story.mediaType === 'text/markdown' && { example: exampleMarkdown }),
});
/** The body of POST and PUT: JSON, or a document in one of the text formats. */
const articleBody = {
  required: true,
  description: `The article as JSON (application/json), or as a document: ${mediaTypeList()}.`,
  content: {
    'application/json': { schema: ArticleInput, example: exampleInput },
    ...Object.fromEntries(
      Object.values(IMPORT_FORMATS).flatMap((format) => ('story' in format ? [[format.story.mediaType, textBody(format.story)]] : [])),
    ),
  },
};

const articleJson = (description: string) => ({
  content: { 'application/json': { schema: Article, example: exampleArticle } },
  description,
});
const location = { Location: { schema: { type: 'string' as const }, description: 'The address of the article.' } };

// Spelled out in each route: spreading shared response objects turns their status keys into
// strings, which the typed handlers and client no longer recognise.
const unauthorized = problemContent('No token, or the token is unknown or revoked (see `WWW-Authenticate`).');
const forbidden = problemContent(
  "The role does not allow this write: a moderator token, or a contributor writing another's story, one past review, or a status other than draft or review (the field is named in `errors`).",
);
const invalid = problemContent('The body is malformed or invalid; each invalid field is named in `errors`.');
const unprocessable = problemContent(
  'A text body nests too deeply, has too many Markdown markers, is not text, or took longer than the time limit to parse (see the limits in the README).',
);
const tooLarge = problemContent(
  'The body is larger than 1 MB, or its text has more characters, lines or blocks than an article may (see the limits in the README).',
);
const unsupported = problemContent('The body is not in one of the accepted media types.');

const guard = (types: readonly string[]) => [requireRole('contributor'), acceptContentTypes(types), bodyLimit(ARTICLE_BODY_LIMIT)];
const etag = { ETag: { schema: { type: 'string' as const }, description: 'The ETag of the stored article, for the next `If-Match`.' } };
/** Named after the header it documents; the handlers set it (see `IGNORED_FIELDS_HEADER`). */
const ignored = {
  [IGNORED_FIELDS_HEADER]: {
    schema: { type: 'string' as const },
    description:
      "For a Markdown body: the front-matter keys that are no article field (a typo, another tool's setting), comma-separated. They were left out; the article was stored without them.",
  },
};

/** `POST /v1/articles`: a new article. */
export const create = createRoute({
  method: 'post',
  path: '/v1/articles',
  tags,
  summary: 'Create an article',
  description:
    'Stores a new article under its slug (from the body, or derived from the headline), recording who created it and its first revision. ' +
    "A contributor's article is a draft unless the body says `review`.",
  security: BEARER_SECURITY,
  middleware: guard(ARTICLE_BODY_TYPES),
  request: { query: htmlQuery, body: { ...articleBody, required: false } },
  responses: {
    201: { ...articleJson('The stored article.'), headers: { ...location, ...etag, ...ignored } },
    400: invalid,
    401: unauthorized,
    403: forbidden,
    413: tooLarge,
    415: unsupported,
    422: unprocessable,
    409: problemContent('An article already has this slug, or the same content is stored under another slug.'),
  },
});

/** `PUT /v1/articles/{slug}`: the whole article at this slug. */
export const replace = createRoute({
  method: 'put',
  path: '/v1/articles/{slug}',
  tags,
  summary: 'Create or replace an article',
  description:
    'Replaces every writable field of the article at this slug, or creates it there. The id, creation time and first publication time are kept; ' +
    'the save is recorded as a revision. With `If-Match`, the write goes ahead only while the stored article has that ETag.',
  security: BEARER_SECURITY,
  middleware: guard(ARTICLE_BODY_TYPES),
  request: { params: slugParam, query: htmlQuery, headers: IfMatchHeaders, body: { ...articleBody, required: false } },
  responses: {
    200: { ...articleJson('The replaced article (unchanged when the body says what is stored).'), headers: { ...etag, ...ignored } },
    201: { ...articleJson('The article, created at this slug.'), headers: { ...location, ...etag, ...ignored } },
    400: invalid,
    401: unauthorized,
    403: forbidden,
    412: staleContent,
    413: tooLarge,
    415: unsupported,
    422: unprocessable,
    409: problemContent('The same content is stored under another slug.'),
  },
});

/** `PATCH /v1/articles/{slug}`: some fields of the article. */
export const patch = createRoute({
  method: 'patch',
  path: '/v1/articles/{slug}',
  tags,
  summary: 'Change some fields of an article',
  description:
    'A JSON merge patch (RFC 7396) of the writable fields: members replace, `null` removes, objects merge. The result is validated as a whole ' +
    'and recorded as a revision. Publishing, scheduling (`status: published` with a future `publishedAt`), unpublishing and archiving are patches of ' +
    '`status` and `publishedAt`; contributors may only set `draft` or `review`. A new `slug` moves the article; once it has been published, its old ' +
    'address answers with a 301 to the new one. With `If-Match`, the write goes ahead only while the stored article has that ETag.',
  security: BEARER_SECURITY,
  middleware: guard(PATCH_BODY_TYPES),
  request: {
    params: slugParam,
    headers: IfMatchHeaders,
    body: {
      required: false,
      content: {
        'application/merge-patch+json': { schema: ArticlePatch, example: examplePatch },
        'application/json': { schema: ArticlePatch, example: examplePatch },
      },
    },
  },
  responses: {
    200: { ...articleJson('The patched article.'), headers: etag },
    400: invalid,
    401: unauthorized,
    403: forbidden,
    412: staleContent,
    413: tooLarge,
    415: unsupported,
    404: problemContent('No article has this slug.'),
    409: problemContent('The patched content is stored under another slug, or another article has the new slug.'),
  },
});

/** `DELETE /v1/articles/{slug}`: the article and its comments. */
export const remove = createRoute({
  method: 'delete',
  path: '/v1/articles/{slug}',
  tags,
  summary: 'Delete an article',
  description:
    'Deletes the article with its comments and revisions, in one transaction (contributors: their own drafts and stories in review). ' +
    'With `If-Match`, only while the stored article has that ETag.',
  security: BEARER_SECURITY,
  middleware: [requireRole('contributor')],
  request: { params: slugParam, headers: IfMatchHeaders },
  responses: {
    204: { description: 'Deleted.' },
    401: unauthorized,
    403: forbidden,
    404: problemContent('No article has this slug.'),
    412: staleContent,
  },
});
