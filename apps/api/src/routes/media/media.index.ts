/**
 * @module
 * The media routes' router.
 */
import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './media.handlers.ts';
import * as routes from './media.routes.ts';

/** `POST /v1/media`, `GET /v1/media`, `GET|PATCH|DELETE /v1/media/{id}`, `GET /media/{id}/{name}`. */
export const mediaRouter = createRouter()
  .openapi(routes.upload, handlers.upload)
  .openapi(routes.list, handlers.list)
  .openapi(routes.get, handlers.get)
  .openapi(routes.update, handlers.update)
  .openapi(routes.remove, handlers.remove)
  .openapi(routes.rendition, handlers.rendition);
