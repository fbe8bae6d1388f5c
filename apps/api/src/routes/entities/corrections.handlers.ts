/**
 * @module
 * Handlers of the editors' corrections: call the service, map its outcome to a status.
 */
import type { Context } from 'hono';
import { problem } from '../../lib/problem.ts';
import type { AppBindings, AppRouteHandler } from '../../lib/types.ts';
import { type CorrectionResult, correctMentions, correctQuote } from '../../services/entity-editing.ts';
import type * as routes from './corrections.routes.ts';

function respond(c: Context<AppBindings>, slug: string, result: CorrectionResult, index?: number) {
  switch (result.kind) {
    case 'corrected':
      return c.json(result.entities, 200);
    case 'not-found':
      return problem(c, 404, { detail: `No article has the slug "${slug}".` });
    case 'no-quote':
      return problem(c, 404, {
        detail: `The article "${slug}" has ${result.count} quotation${result.count === 1 ? '' : 's'}; there is none at index ${index}.`,
      });
    case 'invalid': {
      const detail = `Invalid request body: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}.`;
      return problem(c, 400, { title: 'Invalid request', detail, errors: result.errors });
    }
  }
}

export const mentions: AppRouteHandler<typeof routes.mentions> = async (c) => {
  const { slug } = c.req.valid('param');
  const { operations } = c.req.valid('json');
  return respond(c, slug, await correctMentions(c.var.store, slug, operations, c.var.now()));
};

export const quote: AppRouteHandler<typeof routes.quote> = async (c) => {
  const { slug, index } = c.req.valid('param');
  const change = c.req.valid('json');
  return respond(c, slug, await correctQuote(c.var.store, slug, index, change, c.var.now()), index);
};
