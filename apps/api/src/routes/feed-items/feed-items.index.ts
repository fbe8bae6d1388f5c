/**
 * @module
 * The feed items route's router.
 */
import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './feed-items.handlers.ts';
import * as routes from './feed-items.routes.ts';

/** `GET /v1/feed-items`. */
export const feedItemsRouter = createRouter().openapi(routes.list, handlers.list);
