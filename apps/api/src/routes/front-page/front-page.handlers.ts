/**
 * @module
 * Handlers of the front-page routes: read the validated request, call one service, map the
 * result to a status.
 */
import { actorOf } from '../../lib/actor.ts';
import { setCachePolicy } from '../../lib/http-cache.ts';
import { problem } from '../../lib/problem.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import { frontPage, pinHolds, pinStory } from '../../services/front-page.ts';
import type * as routes from './front-page.routes.ts';

/**
 * Pins change without any article changing, so the page is not kept in the response cache (tagged
 * by article revision); shared caches may keep it briefly, as they keep comment threads.
 */
const FRONT_PAGE_CACHE = Object.freeze({ maxAge: 10, sMaxAge: 30, staleWhileRevalidate: 60 });

export const getFrontPage: AppRouteHandler<typeof routes.getFrontPage> = async (c) => {
  const { lead, sections, perSection } = c.req.valid('query');
  const page = await frontPage(c.var.store, { lead, sections, perSection }, c.var.now());
  setCachePolicy(c, FRONT_PAGE_CACHE);
  return c.json(page, 200);
};

export const listPins: AppRouteHandler<typeof routes.listPins> = async (c) => {
  const now = c.var.now();
  const pins = await c.var.store.listFrontPagePins();
  return c.json({ items: pins.map((p) => ({ ...p, active: pinHolds(p, now) })) }, 200);
};

/** 200 with the pin, 404 for an unknown story, 422 for an expiry already past. */
export const pin: AppRouteHandler<typeof routes.pin> = async (c) => {
  const { slug } = c.req.valid('param');
  const body = c.req.valid('json');
  const now = c.var.now();
  if (body.until && Date.parse(body.until) <= now.getTime()) {
    const message = 'must be in the future';
    return problem(c, 422, { detail: `until: ${message}.`, errors: [{ path: 'until', message }] });
  }
  const result = await pinStory(c.var.store, slug, body, { by: actorOf(c)?.id ?? null, now });
  if (!result) return problem(c, 404, { detail: `No story has the slug "${slug}".` });
  return c.json(result, 200);
};

/** 204, or 404 when the story is not pinned. */
export const unpin: AppRouteHandler<typeof routes.unpin> = async (c) => {
  const { slug } = c.req.valid('param');
  if (!(await c.var.store.unpinFromFrontPage(slug))) return problem(c, 404, { detail: `The story "${slug}" is not pinned.` });
  return c.body(null, 204);
};
