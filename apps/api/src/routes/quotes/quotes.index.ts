/**
 * @module
 * The quotation routes' router.
 */
import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './quotes.handlers.ts';
import * as routes from './quotes.routes.ts';

/** `GET /v1/quotes`. */
export const quotesRouter = createRouter().openapi(routes.list, handlers.list);
