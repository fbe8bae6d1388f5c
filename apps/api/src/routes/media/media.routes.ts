/**
 * @module
 * Contracts of the media routes: upload and manage pictures (editors and contributors), and
 * their renditions, public and cached for a year.
 */
import { createRoute } from '@hono/zod-openapi';
import { BEARER_SECURITY, requireRole } from '../../lib/auth.ts';
import { problemContent } from '../../lib/problem.ts';
import { mediaBodyLimit } from './media-body-limit.ts';
import {
  MediaIdParams,
  MediaList,
  MediaListQuery,
  MediaPatchBody,
  MediaSchema,
  MediaWithUses,
  PictureFile,
  RenditionParams,
  UploadForm,
} from './media.schemas.ts';

const tags = ['Media'];
const security = BEARER_SECURITY;
const auth = (role: string) =>
  ({
    401: problemContent('Not signed in and no valid API token.'),
    403: problemContent(`Not ${role}, or (with a session) the CSRF token is missing or wrong.`),
  }) as const;
const binary = { schema: PictureFile };

/** `POST /v1/media`. */
export const upload = createRoute({
  method: 'post',
  path: '/v1/media',
  operationId: 'uploadMedia',
  tags,
  summary: 'Upload a picture',
  description:
    'A JPEG, PNG, WebP, AVIF or GIF (its first frame), recognised by its content, not its name; SVG and anything else is refused. Metadata (EXIF, GPS, camera) is dropped and the EXIF orientation applied. Renditions are made at once: each width of 320, 640, 1024, 1600 and 2000 pixels no wider than the picture, in AVIF, WebP and JPEG, and a 1200×630 crop for sharing. The same file uploaded twice is kept once (200 the second time). Size and pixel limits: `MEDIA_MAX_BYTES`, `MEDIA_MAX_PIXELS`.',
  security,
  middleware: [requireRole('contributor'), mediaBodyLimit()],
  request: { body: { content: { 'multipart/form-data': { schema: UploadForm } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: MediaSchema } }, description: 'The same picture was already kept.' },
    201: { content: { 'application/json': { schema: MediaSchema } }, description: 'Stored, with its renditions.' },
    400: problemContent('A field is missing or invalid (each one is named in `errors`).'),
    ...auth('a contributor, editor or admin'),
    413: problemContent('The file is larger than `MEDIA_MAX_BYTES`.'),
    415: problemContent('The file is not a JPEG, PNG, WebP, AVIF or GIF (SVG included).'),
    422: problemContent('The file does not decode, is truncated, or has more pixels than `MEDIA_MAX_PIXELS`.'),
    503: problemContent('Too many pictures are being processed; retry later.'),
  },
});

/** `GET /v1/media`. */
export const list = createRoute({
  method: 'get',
  path: '/v1/media',
  // "media" is already plural: the rule would name it getMedia, as GET /v1/media/{id} is.
  operationId: 'listMedia',
  tags,
  summary: 'List or search the library',
  security,
  middleware: [requireRole('contributor')],
  request: { query: MediaListQuery },
  responses: {
    200: { content: { 'application/json': { schema: MediaList } }, description: 'Newest first.' },
    400: problemContent('A query parameter is invalid.'),
    ...auth('a contributor, editor or admin'),
  },
});

/** `GET /v1/media/{id}`. */
export const get = createRoute({
  method: 'get',
  path: '/v1/media/{id}',
  tags,
  summary: 'A picture and where it is used',
  security,
  middleware: [requireRole('contributor')],
  request: { params: MediaIdParams },
  responses: {
    200: {
      content: { 'application/json': { schema: MediaWithUses } },
      description: 'The picture, with the articles (drafts included) whose lead image or body shows it.',
    },
    400: problemContent('The id is not a picture id.'),
    ...auth('a contributor, editor or admin'),
    404: problemContent('No picture has this id.'),
  },
});

/** `PATCH /v1/media/{id}`. */
export const update = createRoute({
  method: 'patch',
  path: '/v1/media/{id}',
  tags,
  summary: "Change a picture's alt text, caption or credit",
  security,
  middleware: [requireRole('contributor')],
  request: { params: MediaIdParams, body: { content: { 'application/json': { schema: MediaPatchBody } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: MediaSchema } }, description: 'The picture as changed.' },
    400: problemContent('A field is invalid (each one is named in `errors`).'),
    ...auth('a contributor, editor or admin'),
    404: problemContent('No picture has this id.'),
  },
});

/** `DELETE /v1/media/{id}`. */
export const remove = createRoute({
  method: 'delete',
  path: '/v1/media/{id}',
  tags,
  summary: 'Delete a picture nothing uses',
  security,
  middleware: [requireRole('editor')],
  request: { params: MediaIdParams },
  responses: {
    204: { description: 'Deleted, with its files.' },
    400: problemContent('The id is not a picture id.'),
    ...auth('an editor or admin'),
    404: problemContent('No picture has this id.'),
    409: problemContent('Articles use it; they are named in `detail`.'),
  },
});

/** `GET /media/{id}/{name}`. */
export const rendition = createRoute({
  method: 'get',
  path: '/media/{id}/{name}',
  // The rule would name it getMedia, as GET /v1/media/{id} is.
  operationId: 'getMediaFile',
  tags,
  summary: 'A rendition of a picture',
  description:
    "Public and immutable (`Cache-Control: public, max-age=31536000, immutable`): a picture's files never change, a changed picture is a new id.",
  request: { params: RenditionParams },
  responses: {
    200: { content: { 'image/avif': binary, 'image/webp': binary, 'image/jpeg': binary }, description: 'The file.' },
    304: { description: 'The copy named by `If-None-Match` is current.' },
    400: problemContent('The id is not a picture id.'),
    404: problemContent('No such picture or rendition.'),
  },
});
