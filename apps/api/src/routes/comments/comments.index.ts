/**
 * @module
 * The comment routes' router: public reading and posting, and moderation.
 */
import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './comments.handlers.ts';
import * as routes from './comments.routes.ts';
import * as moderationHandlers from './moderation.handlers.ts';
import * as moderationRoutes from './moderation.routes.ts';

const router = createRouter();
// Posting is routed as JSON only, for the typed client; the document also shows its form body.
router.openAPIRegistry.registerPath(routes.postDocumented);

/** `GET`/`POST /v1/articles/{slug}/comments`, and `GET /v1/comments`, `PATCH`/`DELETE /v1/comments/{id}`. */
export const commentsRouter = router
  .openapi(routes.list, handlers.list)
  .openapi(routes.post, handlers.post)
  .openapi(moderationRoutes.queue, moderationHandlers.queue)
  .openapi(moderationRoutes.counts, moderationHandlers.counts)
  .openapi(moderationRoutes.listBlocks, moderationHandlers.listBlocks)
  .openapi(moderationRoutes.block, moderationHandlers.block)
  .openapi(moderationRoutes.unblock, moderationHandlers.unblock)
  .openapi(moderationRoutes.update, moderationHandlers.update)
  .openapi(moderationRoutes.remove, moderationHandlers.remove);
