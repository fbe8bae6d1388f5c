/**
 * @module
 * The body limit of uploads, from the app's `MEDIA_MAX_BYTES` with room for the form around the
 * file; a larger body is refused with 413 before it is buffered.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from '../../lib/body-limit.ts';
import type { AppBindings } from '../../lib/types.ts';

/** The form's fields and boundaries besides the file. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * Route middleware: `bodyLimit` at the configured upload size.
 *
 * @example
 * createRoute({ method: 'post', path: '/v1/media', middleware: [mediaBodyLimit()], … });
 */
export function mediaBodyLimit(): MiddlewareHandler<AppBindings> {
  return (c, next) => bodyLimit(c.var.media.config.maxBytes + FORM_OVERHEAD)(c, next);
}
