/**
 * @module
 * The navigation's link to the moderation queue, with how many comments await moderation: one
 * small request per desk page, for those who may moderate.
 */
import { canModerate, moderationCounts, type Role, serverTransport } from '../data/index.ts';
import { navLabel } from './moderation-keys.ts';
import { deskPath } from './paths.ts';

/**
 * The queue's link (none for a role that may not moderate); without a count when the API cannot
 * give one, so a slow count never stops a page.
 *
 * @example
 * const links = [...(await moderationNavLink(session.user.role, Astro.request, Astro.clientAddress))];
 */
export async function moderationNavLink(role: Role, request: Request, clientAddress?: string): Promise<{ href: string; label: string }[]> {
  if (!canModerate(role)) return [];
  const counts = await moderationCounts(serverTransport(request, clientAddress));
  return [{ href: deskPath('/comments'), label: navLabel(counts?.pending) }];
}
