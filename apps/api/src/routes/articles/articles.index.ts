/**
 * @module
 * The public article routes' router.
 */
import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './articles.handlers.ts';
import * as routes from './articles.routes.ts';

/** `GET /v1/articles` and `GET /v1/articles/{slug}`. */
export const articlesRouter = createRouter().openapi(routes.list, handlers.list).openapi(routes.get, handlers.get);
