/**
 * @module
 * Telling a reader, after the redirect that follows their post, that their comment awaits
 * moderation. The redirect names the comment (`?comment=<id>`) and a short-lived cookie holds the
 * same id: the message shows only when both agree, so a shared link shows it to nobody else, and
 * the cookie is cleared once read. The id is a random UUID nobody can guess, and a forged cookie
 * could only show its maker a message about their own comment, so it needs no signature.
 */
import type { AstroCookies } from 'astro';
import { articlePath } from './paths.ts';

const HELD_COOKIE = 'dateline-held';
/** Long enough to follow the redirect on a slow connection. */
const MAX_AGE_SECONDS = 300;

/** Remembers that comment `id` on `slug` is held, for the page the reader is redirected to. */
export function rememberHeld(cookies: AstroCookies, slug: string, id: string): void {
  cookies.set(HELD_COOKIE, id, { path: articlePath(slug), maxAge: MAX_AGE_SECONDS, httpOnly: true, sameSite: 'lax' });
}

/**
 * Whether the page should say that comment `id` awaits moderation; clears the cookie when so.
 *
 * @example
 * const held = takeHeld(Astro.cookies, slug, Astro.url.searchParams.get('comment'));
 */
export function takeHeld(cookies: AstroCookies, slug: string, id: string | null): boolean {
  if (!id || cookies.get(HELD_COOKIE)?.value !== id) return false;
  cookies.delete(HELD_COOKIE, { path: articlePath(slug) });
  return true;
}
