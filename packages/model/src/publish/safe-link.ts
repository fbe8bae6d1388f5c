/**
 * @module
 * Which link and image targets the site and the desk's preview put in an attribute. The model already rejects
 * unsafe ones, but a renderer that trusts its input is one bad import away from a script link,
 * so targets are checked again where they become HTML.
 */

/** A target that is safe to link to, and whether it leaves the site. */
export interface SafeLink {
  href: string;
  external: boolean;
}

// Browsers drop tabs and newlines inside URLs and treat `\` like `/`, which would turn
// `/\evil.example` or `java\tscript:` into something other than what the check saw.
const SUSPECT = /[\u0000-\u0020\u007f\\]/;

/**
 * `href` if it is an http(s) or mailto URL, a path on this site or a #fragment; otherwise null,
 * and the caller shows the text without a link.
 *
 * @example
 * safeLink('https://example.org/report'); // { href: 'https://example.org/report', external: true }
 * safeLink('javascript:alert(1)'); // null
 */
export function safeLink(href: string): SafeLink | null {
  if (SUSPECT.test(href)) return null;
  if (href.startsWith('#')) return { href, external: false };
  if (href.startsWith('/')) return href.startsWith('//') ? null : { href, external: false };
  if (/^mailto:/i.test(href)) return { href, external: false };
  if (/^https?:\/\//i.test(href) && URL.canParse(href)) return { href, external: true };
  return null;
}

/**
 * `src` if it is an http(s) URL or a path on this site, otherwise null.
 *
 * @example
 * safeImageSrc('/media/river.jpg'); // '/media/river.jpg'
 * safeImageSrc('data:image/svg+xml,...'); // null
 */
export function safeImageSrc(src: string): string | null {
  const link = safeLink(src);
  return link && (link.href.startsWith('/') || link.external) ? link.href : null;
}
