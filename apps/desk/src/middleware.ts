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
    if (error instanceof NetworkError)
      return new Response('The API cannot be reached; try again in a moment.', {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' },
      });
    throw error;
  }
  if (!session) {
    const wanted = `${path}${context.url.search}`;
    return context.redirect(`${deskPath('/sign-in')}?${new URLSearchParams({ next: wanted })}`, 303);
  }
  context.locals.session = session;
  return noStore(await next());
});

/**
 * What a desk page may load: its own scripts only (a story's text can never run as one), its own
 * styles and those of the site it previews, images from anywhere (a body's images are addresses
 * on the web), and frames of itself only (the preview), never framed by another site.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  'img-src * data:',
  "connect-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

function noStore(response: Response): Response {
  try {
    response.headers.set('cache-control', 'no-store');
    if (response.headers.get('content-type')?.startsWith('text/html'))
      response.headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
    response.headers.set('referrer-policy', 'same-origin');
    response.headers.set('x-content-type-options', 'nosniff');
  } catch {
    // Immutable headers (a redirect made by Astro): nothing to add.
  }
  return response;
}
