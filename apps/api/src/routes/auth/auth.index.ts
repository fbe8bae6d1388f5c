/**
 * @module
 * The sign-in, session and setup routes' router.
 */
import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './auth.handlers.ts';
import * as routes from './auth.routes.ts';

/** `/v1/auth/session`, `/sign-in`, `/sign-out`, `/sign-out-everywhere`, `/setup` and `/setup/{token}`. */
export const authRouter = createRouter()
  .openapi(routes.session, handlers.session)
  .openapi(routes.signIn, handlers.signIn)
  .openapi(routes.signOut, handlers.signOut)
  .openapi(routes.signOutEverywhere, handlers.signOutEverywhere)
  .openapi(routes.setupLink, handlers.setupLink)
  .openapi(routes.setup, handlers.setup);
