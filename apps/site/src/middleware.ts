/**
 * @module
 * Runs around every page. It refuses form posts made from other sites' pages (see
 * lib/cross-site.ts), and, since Astro always answers 500 from `pages/500.astro` whatever status
 * the page sets, turns the error page's answer into the 503 it should be when the page reports an
 * API outage (with the Retry-After the page set).
 */
import { defineMiddleware } from 'astro:middleware';
import { readConfig } from './data/config.ts';
import { crossSiteRefusal, isCrossSitePost } from './lib/cross-site.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  if (isCrossSitePost(context.request, readConfig().siteUrl)) return crossSiteRefusal();
  const response = await next();
  if (!context.locals.apiUnavailable || response.status === 503) return response;
  return new Response(response.body, { status: 503, statusText: 'Service Unavailable', headers: response.headers });
});
