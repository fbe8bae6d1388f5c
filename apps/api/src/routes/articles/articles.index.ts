/**
 * @module
 * The article routes' router: public reads, and the editorial writes.
 */
import { createRouter } from '../../lib/create-router.ts';
import * as writeHandlers from './articles-write.handlers.ts';
import * as writeRoutes from './articles-write.routes.ts';
import * as handlers from './articles.handlers.ts';
import * as routes from './articles.routes.ts';

/** `GET`, `POST /v1/articles` and `GET`, `PUT`, `PATCH`, `DELETE /v1/articles/{slug}`. */
export const articlesRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.get, handlers.get)
  .openapi(writeRoutes.create, writeHandlers.create)
  .openapi(writeRoutes.replace, writeHandlers.replace)
  .openapi(writeRoutes.patch, writeHandlers.patch)
  .openapi(writeRoutes.remove, writeHandlers.remove);
