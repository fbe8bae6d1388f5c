/**
 * @module
 * The desk's addresses, built in one place so pages, scripts and tests agree on them.
 */

/** The base path the desk is served under. */
const DESK_BASE = '/desk';

/**
 * A desk address.
 *
 * @example
 * deskPath('/stories/new'); // '/desk/stories/new'
 */
export function deskPath(path: string): string {
  return `${DESK_BASE}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The editor of a story.
 *
 * @example
 * storyPath('night-ferry'); // '/desk/stories/night-ferry'
 */
export function storyPath(slug: string): string {
  return deskPath(`/stories/${encodeURIComponent(slug)}`);
}

/**
 * A story's revisions, optionally comparing two of them.
 *
 * @example
 * revisionsPath('night-ferry', { a: 'r1', b: 'r2' }); // '/desk/stories/night-ferry/revisions?a=r1&b=r2'
 */
export function revisionsPath(slug: string, compare?: { a: string; b: string }): string {
  const query = compare ? `?${new URLSearchParams(compare)}` : '';
  return `${storyPath(slug)}/revisions${query}`;
}

/**
 * A story's preview page (desktop and mobile).
 *
 * @example
 * previewPath('night-ferry'); // '/desk/stories/night-ferry/preview'
 */
export function previewPath(slug: string): string {
  return `${storyPath(slug)}/preview`;
}

/**
 * The page a preview frame loads: the story as the site renders it.
 *
 * @example
 * previewFramePath('night-ferry'); // '/desk/stories/night-ferry/preview-frame'
 */
export function previewFramePath(slug: string): string {
  return `${storyPath(slug)}/preview-frame`;
}

/**
 * A story's people, places, organisations and quotations, with the editors' corrections.
 *
 * @example
 * storyEntitiesPath('night-ferry'); // '/desk/stories/night-ferry/entities'
 */
export function storyEntitiesPath(slug: string): string {
  return `${storyPath(slug)}/entities`;
}

/**
 * A sign-in redirect target is only ever a desk page, never another site.
 *
 * @example
 * safeNext('//evil.example/'); // '/desk/'
 */
export function safeNext(next: string | null | undefined): string {
  return next?.startsWith(`${DESK_BASE}/`) && !next.startsWith('//') && !/[\\\s]/.test(next) ? next : `${DESK_BASE}/`;
}

/**
 * Pages anyone may open: sign-in, setup links, shared previews and the paste converter.
 *
 * @example
 * isPublicPath('/desk/sign-in'); // true
 */
export function isPublicPath(path: string): boolean {
  return (
    path === deskPath('/sign-in') ||
    path.startsWith(deskPath('/setup/')) ||
    path.startsWith(deskPath('/shared-preview/')) ||
    path === deskPath('/api/paste')
  );
}
