/**
 * @module
 * The front-page routes' router.
 */
import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './front-page.handlers.ts';
import * as routes from './front-page.routes.ts';

/** `GET /v1/front-page`, and `GET /v1/front-page/pins`, `PUT` and `DELETE /v1/front-page/pins/{slug}`. */
export const frontPageRouter = createRouter()
  .openapi(routes.getFrontPage, handlers.getFrontPage)
  .openapi(routes.listPins, handlers.listPins)
  .openapi(routes.pin, handlers.pin)
  .openapi(routes.unpin, handlers.unpin);
