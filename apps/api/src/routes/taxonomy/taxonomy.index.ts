/**
 * @module
 * The section, tag and author routes' router.
 */
import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './taxonomy.handlers.ts';
import * as routes from './taxonomy.routes.ts';

/** `GET /v1/sections`, `/v1/tags`, `/v1/authors` and one entry of each by `{slug}`. */
export const taxonomyRouter = createRouter()
  .openapi(routes.listSections, handlers.listSections)
  .openapi(routes.getSection, handlers.getSection)
  .openapi(routes.listTags, handlers.listTags)
  .openapi(routes.getTag, handlers.getTag)
  .openapi(routes.listAuthors, handlers.listAuthors)
  .openapi(routes.getAuthor, handlers.getAuthor);
