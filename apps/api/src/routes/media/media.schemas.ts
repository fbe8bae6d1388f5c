/**
 * @module
 * The shapes of the media routes, from the model's `Image` so that one list of limits holds.
 */
import { Image, MediaRef } from '@dateline/model';
import { z } from '@hono/zod-openapi';
import { MEDIA_TYPES } from '../../store/media-store.ts';

const alt = Image.shape.alt;
const caption = Image.shape.caption.unwrap();
const credit = Image.shape.credit.unwrap();

/** `{id}` of a picture. */
export const MediaIdParams = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be the 64 hex digits of a picture')
    .openapi({ param: { name: 'id', in: 'path' } }),
});

/** `/media/{id}/{name}`. */
export const RenditionParams = MediaIdParams.extend({
  name: z
    .string()
    .openapi({ param: { name: 'name', in: 'path' }, example: '640.webp', description: '`<width>.<avif|webp|jpg>` or `share.jpg`.' }),
});

/** The form of an upload. */
export const UploadForm = z
  .object({
    file: z
      .any()
      .openapi({ type: 'string', format: 'binary', description: 'A JPEG, PNG, WebP, AVIF or GIF picture, recognised by its content.' }),
    alt: alt.optional(),
    caption: caption.optional(),
    credit: credit.optional(),
  })
  .openapi('MediaUpload');

/** A rendition's bytes, for the document. */
export const PictureFile = z.string().openapi('PictureFile', { format: 'binary', description: 'The encoded picture.' });

/** `PATCH /v1/media/{id}`. */
export const MediaPatchBody = z
  .object({ alt, caption: caption.nullable(), credit: credit.nullable() })
  .partial()
  .strict()
  .openapi('MediaPatch');

/** `GET /v1/media`. */
export const MediaListQuery = z.object({
  q: z.string().max(200).optional().openapi({ description: 'Words that must all appear in the alt text or caption.' }),
  limit: z.coerce.number().int().min(1, 'must be an integer from 1 to 100').max(100, 'must be an integer from 1 to 100').default(50),
});

const Rendition = z.object({
  width: z.int(),
  height: z.int(),
  format: z.enum(['avif', 'webp', 'jpg']),
  type: z.string(),
  url: z.string(),
});

/** A stored picture. */
export const MediaSchema = z
  .object({
    id: z.string(),
    type: z.enum(MEDIA_TYPES),
    width: z.int(),
    height: z.int(),
    bytes: z.int(),
    alt: z.string(),
    caption: z.string().nullable(),
    credit: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    renditions: z.array(Rendition),
    share: z.object({ width: z.int(), height: z.int(), url: z.string() }),
    image: z.object({ src: z.string(), alt: z.string(), caption: z.string().optional(), credit: z.string().optional(), media: MediaRef }),
  })
  .openapi('Media');

/** A picture with the articles that show it. */
export const MediaWithUses = MediaSchema.extend({
  usedBy: z.array(z.object({ slug: z.string(), headline: z.string(), status: z.string() })),
}).openapi('MediaWithUses');

/** The library. */
export const MediaList = z.object({ items: z.array(MediaSchema) }).openapi('MediaList');
