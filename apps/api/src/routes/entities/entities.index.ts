/**
 * @module
 * The entity routes' router: readers' views of people, places and organisations, related
 * articles, and the editors' corrections.
 */
import { createRouter } from '../../lib/create-router.ts';
import * as correctionHandlers from './corrections.handlers.ts';
import * as correctionRoutes from './corrections.routes.ts';
import * as handlers from './entities.handlers.ts';
import * as mergeHandlers from './merges.handlers.ts';
import * as mergeRoutes from './merges.routes.ts';
import * as routes from './entities.routes.ts';

/** `GET /v1/entities`, `/v1/entities/{slug}`, `/v1/articles/{slug}/{entities,related}` the `PATCH` corrections, and merges, splits and aliases across stories. */
export const entitiesRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.get, handlers.get)
  .openapi(routes.articleEntities, handlers.articleEntities)
  .openapi(routes.related, handlers.related)
  .openapi(correctionRoutes.mentions, correctionHandlers.mentions)
  .openapi(correctionRoutes.quote, correctionHandlers.quote)
  .openapi(mergeRoutes.merge, mergeHandlers.merge)
  .openapi(mergeRoutes.list, mergeHandlers.list)
  .openapi(mergeRoutes.split, mergeHandlers.split)
  .openapi(mergeRoutes.alias, mergeHandlers.alias);
