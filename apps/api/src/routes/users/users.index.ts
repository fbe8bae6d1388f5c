/**
 * @module
 * The people routes' router.
 */
import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './users.handlers.ts';
import * as routes from './users.routes.ts';

/** `GET /v1/users`, `POST /v1/users/invitations`, `PATCH /v1/users/{id}`. */
export const usersRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.invite, handlers.invite)
  .openapi(routes.update, handlers.update);
