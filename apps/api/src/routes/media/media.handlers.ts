/**
 * @module
 * Handlers of the media routes: validate, call the media service, map its errors to statuses.
 */
import { principalOf } from '../../lib/auth.ts';
import { mediaType } from '../../lib/content-type.ts';
import { problem } from '../../lib/problem.ts';
import { finalResponse } from '../../lib/response-headers.ts';
import { ifNoneMatchHits } from '../../lib/http-cache.ts';
import { requestHeader } from '../../lib/request-header.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import { BusyError } from '../../services/media/limiter.ts';
import {
  changeMedia,
  deleteMedia,
  isRenditionName,
  MediaInUseError,
  mediaView,
  readMedia,
  renditionType,
  uploadMedia,
} from '../../services/media/media.ts';
import { MediaRejectedError } from '../../services/media/renditions.ts';
import { UploadForm } from './media.schemas.ts';
import { fieldErrors } from '../../lib/problem.ts';
import type * as routes from './media.routes.ts';

/** A year: the longest `max-age` caches honour, for files that never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** 201 with the stored picture, 200 when it was kept already, or the reason it was refused. */
export const upload: AppRouteHandler<typeof routes.upload> = async (c) => {
  if (mediaType(c.req.header('content-type')) !== 'multipart/form-data') {
    return problem(c, 415, {
      detail: 'Send the picture as multipart/form-data, in a field named "file".',
      errors: [{ path: 'file', message: 'must be sent as multipart/form-data' }],
    });
  }
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody();
  } catch {
    return problem(c, 400, { detail: 'The multipart body could not be read.', errors: [{ path: 'file', message: 'is required' }] });
  }
  const parsed = UploadForm.safeParse(form);
  if (!parsed.success) return problem(c, 400, { detail: 'A field is invalid.', errors: fieldErrors(parsed.error) });
  const file = form.file;
  if (!(file instanceof File))
    return problem(c, 400, { detail: 'The picture is missing.', errors: [{ path: 'file', message: 'must be a file' }] });
  const { alt, caption, credit } = parsed.data;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { media, created } = await uploadMedia(
      c.var.store,
      c.var.media,
      bytes,
      { alt, caption, credit },
      principalOf(c)?.id ?? null,
      c.var.now(),
    );
    return c.json(media, created ? 201 : 200);
  } catch (err) {
    if (err instanceof MediaRejectedError)
      return problem(c, err.status, { detail: err.message, errors: [{ path: 'file', message: err.message }] });
    if (err instanceof BusyError) return problem(c, 503, { detail: err.message }, { 'Retry-After': '5' });
    throw err;
  }
};

/** The library, newest first, or the pictures whose alt text or caption has every word of `q`. */
export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const query = c.req.valid('query');
  const items = await c.var.store.listMedia(query);
  return c.json({ items: items.map(mediaView) }, 200);
};

/** One picture and where it is used. */
export const get: AppRouteHandler<typeof routes.get> = async (c) => {
  const { id } = c.req.valid('param');
  const found = await readMedia(c.var.store, id);
  if (!found) return problem(c, 404, { detail: `No picture has the id "${id}".` });
  return c.json({ ...found.media, usedBy: found.usedBy }, 200);
};

/** The picture as changed, or 404. */
export const update: AppRouteHandler<typeof routes.update> = async (c) => {
  const { id } = c.req.valid('param');
  const media = await changeMedia(c.var.store, id, c.req.valid('json'));
  if (!media) return problem(c, 404, { detail: `No picture has the id "${id}".` });
  return c.json(media, 200);
};

/** 204, 404, or 409 naming the articles that use it. */
export const remove: AppRouteHandler<typeof routes.remove> = async (c) => {
  const { id } = c.req.valid('param');
  try {
    if (!(await deleteMedia(c.var.store, c.var.media.storage, id))) return problem(c, 404, { detail: `No picture has the id "${id}".` });
    return c.body(null, 204);
  } catch (err) {
    if (!(err instanceof MediaInUseError)) throw err;
    return problem(c, 409, { detail: err.message });
  }
};

/** The file, public and immutable; 304 for a current copy. */
export const rendition: AppRouteHandler<typeof routes.rendition> = async (c) => {
  const { id, name } = c.req.valid('param');
  const bytes = isRenditionName(name) ? await c.var.media.storage.get(`${id}/${name}`) : null;
  if (!bytes) return problem(c, 404, { detail: `The picture "${id}" has no file "${name}".` });
  // The key is the content's identity: the files of an id never change.
  const headers = { 'cache-control': IMMUTABLE, etag: `"${id.slice(0, 32)}-${name}"`, 'content-type': renditionType(name) };
  if (ifNoneMatchHits(requestHeader(c, 'if-none-match'), headers.etag)) return finalResponse(c, 304, null, headers) as never;
  return finalResponse(c, 200, new Uint8Array(bytes), { ...headers, 'content-length': String(bytes.byteLength) }) as never;
};
