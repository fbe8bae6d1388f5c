/**
 * @module
 * The article routes' router: public reads, and the editorial writes.
 */
import { createRouter } from '../../lib/create-router.ts';
import * as writeHandlers from './articles-write.handlers.ts';
import * as writeRoutes from './articles-write.routes.ts';
import * as handlers from './articles.handlers.ts';
import * as routes from './articles.routes.ts';
import * as revisionHandlers from './revisions.handlers.ts';
import * as revisionRoutes from './revisions.routes.ts';

/** `GET`, `POST /v1/articles`, `GET`, `PUT`, `PATCH`, `DELETE /v1/articles/{slug}`, its revisions and preview links. */
export const articlesRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.get, handlers.get)
  .openapi(writeRoutes.create, writeHandlers.create)
  .openapi(writeRoutes.replace, writeHandlers.replace)
  .openapi(writeRoutes.patch, writeHandlers.patch)
  .openapi(writeRoutes.remove, writeHandlers.remove)
  .openapi(revisionRoutes.list, revisionHandlers.list)
  .openapi(revisionRoutes.get, revisionHandlers.get)
  .openapi(revisionRoutes.diff, revisionHandlers.diff)
  .openapi(revisionRoutes.restore, revisionHandlers.restore)
  .openapi(revisionRoutes.createPreviewLink, revisionHandlers.createPreviewLink);
