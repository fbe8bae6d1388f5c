/**
 * @module
 * Every desk page but sign-in, setup links and shared previews needs a session: the middleware
 * asks the API who the cookie belongs to and sends everyone else to the sign-in page, with the
 * page they wanted to come back to. Desk pages are never cached: they show unpublished text.
 */
import { defineMiddleware } from 'astro:middleware';
import { getSession, NetworkError, serverTransport } from './data/index.ts';
import { deskPath, isPublicPath } from './lib/paths.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const path = context.url.pathname;
  if (isPublicPath(path)) return noStore(await next());
  let session;
  try {
    session = await getSession(serverTransport(context.request, context.clientAddress));
  } catch (error) {
    if (error instanceof NetworkError) return new Response('The API cannot be reached; try again in a moment.', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' } });
    throw error;
  }
  if (!session) {
    const wanted = `${path}${context.url.search}`;
    return context.redirect(`${deskPath('/sign-in')}?${new URLSearchParams({ next: wanted })}`, 303);
  }
  context.locals.session = session;
  return noStore(await next());
});

function noStore(response: Response): Response {
  try {
    response.headers.set('cache-control', 'no-store');
    response.headers.set('referrer-policy', 'same-origin');
    response.headers.set('x-content-type-options', 'nosniff');
  } catch {
    // Immutable headers (a redirect made by Astro): nothing to add.
  }
  return response;
}
