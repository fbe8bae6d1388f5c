/**
 * @module
 * Content-Type checks for request bodies: a body in a type the route does not read is a 415
 * problem naming the types it does read, rather than a confusing validation error.
 */
import type { MiddlewareHandler } from 'hono';
import { problem } from './problem.ts';
import type { AppBindings } from './types.ts';

/**
 * The media type of a `Content-Type` value, lower-cased and without parameters.
 *
 * @example
 * mediaType('Text/Markdown; charset=utf-8'); // 'text/markdown'
 */
export function mediaType(contentType: string | undefined): string | undefined {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase();
  return essence === '' ? undefined : essence;
}

/**
 * Route middleware: 415 unless the body's media type is one of `accepted` (a request without a
 * body passes; the route's validation decides whether one was needed).
 *
 * @example
 * createRoute({ method: 'post', path: '/v1/comments', middleware: [acceptContentTypes(['application/json'])], … });
 */
export function acceptContentTypes(accepted: readonly string[]): MiddlewareHandler<AppBindings> {
  const list = accepted.map((t) => t.toLowerCase());
  return async (c, next) => {
    const type = mediaType(c.req.header('content-type'));
    const hasBody =
      type !== undefined || (c.req.header('content-length') ?? '0') !== '0' || c.req.header('transfer-encoding') !== undefined;
    if (hasBody && (type === undefined || !list.includes(type))) {
      const given = type === undefined ? 'no Content-Type' : `Content-Type ${type}`;
      // RFC 9110 and 5789: the accepted types, in the header a client library can read.
      const header = c.req.method === 'PATCH' ? 'Accept-Patch' : 'Accept-Post';
      return problem(
        c,
        415,
        { detail: `This route does not accept ${given}; send one of: ${list.join(', ')}.` },
        { [header]: list.join(', ') },
      );
    }
    await next();
  };
}
