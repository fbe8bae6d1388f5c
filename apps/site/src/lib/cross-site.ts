/**
 * @module
 * Refusing cross-site form posts (cross-site request forgery). Browsers send an `Origin` header
 * with every POST; a post whose origin is neither the address the request came to nor the public
 * origin in SITE_URL was made by another site's page and is refused with 403 before any page runs.
 * Astro has the same check (`security.checkOrigin`), but it knows only the request's own address,
 * which behind a proxy that terminates TLS is `http://…` while readers post from `https://…`.
 */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether `request` changes something and does not come from one of this site's own pages.
 * A request without an `Origin` is refused too: every browser in use sends one with a POST.
 *
 * @example
 * isCrossSitePost(new Request('http://127.0.0.1:4321/x', { method: 'POST', headers: { origin: 'https://evil.example' } }), undefined); // true
 */
export function isCrossSitePost(request: Request, siteUrl: string | undefined): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const origin = request.headers.get('origin');
  if (!origin) return true;
  if (origin === new URL(request.url).origin) return false;
  return !siteUrl || origin !== new URL(siteUrl).origin;
}

/** The answer to a refused post. */
export function crossSiteRefusal(): Response {
  return new Response('Forms may only be posted from this site’s own pages.', {
    status: 403,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
