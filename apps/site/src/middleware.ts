/**
 * @module
 * Runs around every page. Its one job so far: Astro always answers 500 from `pages/500.astro`,
 * whatever status the page sets, so when the error page reports an API outage this turns the
 * answer into the 503 it should be (with the Retry-After the page set).
 */
import { defineMiddleware } from 'astro:middleware';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!context.locals.apiUnavailable || response.status === 503) return response;
  return new Response(response.body, { status: 503, statusText: 'Service Unavailable', headers: response.headers });
});
