/**
 * @module
 * Answering a posted comment, whichever body it came in: the rate limit first, then the service,
 * then its outcome as a status. `postForm` reads form bodies; the JSON route's handler reads JSON.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { clientIp } from '../../lib/client-ip.ts';
import { mediaType } from '../../lib/content-type.ts';
import { validationHook } from '../../lib/error-handlers.ts';
import { problem } from '../../lib/problem.ts';
import type { AppBindings } from '../../lib/types.ts';
import { type CommentSubmission as Submission, postComment } from '../../services/comments-post.ts';
import { hitRateLimit } from '../../services/moderation/rate-limit.ts';
import { CommentSubmission } from './comments.schemas.ts';

/** What a reader is told about a comment that is not shown at once (whatever the real reason). */
const HELD_MESSAGE = 'Thank you. Your comment will appear once a moderator has approved it.';

/**
 * The response to a valid submission on the article `slug`.
 *
 * @example
 * return answerComment(c, c.req.valid('param').slug, c.req.valid('json'));
 */
export async function answerComment(c: Context<AppBindings>, slug: string, input: Submission) {
  const moderation = c.var.commentModeration;
  const now = c.var.now();
  const address = clientIp(c);
  const rate = await hitRateLimit(c.var.store, address, now.getTime(), {
    limit: moderation.policy.rateLimit,
    ipv6Prefix: moderation.policy.rateLimitIpv6Prefix,
  });
  if (!rate.allowed) {
    const seconds = rate.retryAfterSeconds;
    return problem(
      c,
      429,
      { detail: `Too many comments from your address in the last minute; try again in ${seconds} second${seconds === 1 ? '' : 's'}.` },
      { 'Retry-After': String(seconds) },
    );
  }
  const result = await postComment(c.var.store, slug, input, { now, moderation, address, recent: rate.recent });
  switch (result.outcome) {
    case 'no-article':
      return problem(c, 404, { detail: `No published article has the slug "${slug}".` });
    case 'closed':
      return problem(c, 403, { detail: `The article "${slug}" is closed to comments.` });
    case 'invalid-parent':
      return problem(c, 400, {
        title: 'Invalid request',
        detail: `Invalid request body: parentId: ${result.message}.`,
        errors: [{ path: 'parentId', message: result.message }],
      });
    case 'approved':
      return c.json(result.comment, 201);
    case 'held':
      return c.json({ ...result.comment, status: 'pending' as const, message: HELD_MESSAGE }, 202);
  }
}

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * Route middleware answering form posts (a plain HTML form, or the site's server passing one on)
 * with the same validation and outcomes as JSON; anything else goes on to the JSON route.
 *
 * @example
 * createRoute({ method: 'post', path: '/v1/articles/{slug}/comments', middleware: [postForm], … });
 */
export const postForm: MiddlewareHandler<AppBindings> = async (c, next) => {
  const type = mediaType(c.req.header('content-type'));
  if (type === undefined || !FORM_TYPES.has(type)) return next();
  let fields: Record<string, unknown>;
  try {
    fields = await c.req.parseBody();
  } catch {
    // A malformed body (a multipart boundary missing or broken) is the client's error, not ours.
    const errors = [{ path: '(root)', message: `is not a valid ${type} body` }];
    return problem(c, 400, { title: 'Invalid request', detail: `Invalid form fields: (root): is not a valid ${type} body.`, errors });
  }
  const parsed = CommentSubmission.safeParse(fields);
  if (!parsed.success) return validationHook({ success: false, error: parsed.error, target: 'form' }, c);
  const slug = c.req.param('slug') ?? '';
  // The route's own checks of the path come after this middleware: what they refuse is refused here.
  const refused =
    (await validationHook({ success: true, data: { slug }, target: 'param' }, c)) ??
    (await validationHook({ success: true, data: parsed.data, target: 'form' }, c));
  if (refused) return refused;
  return answerComment(c, slug, parsed.data);
};
