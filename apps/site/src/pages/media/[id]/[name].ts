/**
 * @module
 * `/media/<id>/<name>`: a picture's rendition, forwarded from the API, so pages name their
 * pictures on their own origin (the Content-Security-Policy's `img-src 'self'`, one connection).
 * The API's immutable caching headers and ETag pass through.
 */
import type { APIRoute } from 'astro';
import { forwardMedia } from '../../../lib/media-proxy.ts';

export const GET: APIRoute = ({ params, request }) => forwardMedia(params.id ?? '', params.name ?? '', request);
