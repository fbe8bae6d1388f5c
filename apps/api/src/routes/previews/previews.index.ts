/**
 * @module
 * The preview links' router.
 */
import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './previews.handlers.ts';
import * as routes from './previews.routes.ts';

/** `GET /v1/previews/{token}`. */
export const previewsRouter = createRouter().openapi(routes.get, handlers.get);
