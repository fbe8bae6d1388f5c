/**
 * @module
 * The search route's router.
 */
import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './search.handlers.ts';
import * as routes from './search.routes.ts';

/** `GET /v1/search`. */
export const searchRouter = createRouter().openapi(routes.search, handlers.search);
