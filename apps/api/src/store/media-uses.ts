/**
 * @module
 * Which library pictures an article shows, read from its document: the usage index
 * (`article_media`, migration 027) holds one row per picture and article, written with the
 * article, so "where is this picture used" is an index lookup rather than a scan of every story.
 */

/** A stored picture's address: `/media/<64 hex digits>/…`, as renditions are served. */
const MEDIA_PATH = /\/media\/([0-9a-f]{64})\//g;

interface WithImages {
  leadImage?: { media?: { id: string } | undefined } | undefined;
  body?: readonly { type: string; media?: { id: string } | undefined }[] | undefined;
}

/**
 * The ids of the library pictures `document` shows, each once, in the order they first appear:
 * the `media` reference of its lead image and body images, and any address of a stored picture
 * in its text (an image whose address was typed, a link to a rendition), which the scan this
 * index replaces counted too, so that a picture still shown that way is not deleted.
 *
 * @example
 * mediaIdsOf({ leadImage: { src: '/media/ab…/2000.jpg', alt: '', media: { id: 'ab…', width: 1, height: 1 } }, body: [] }); // ['ab…']
 */
export function mediaIdsOf(document: WithImages): string[] {
  const ids = new Set<string>();
  const add = (id: string | undefined) => {
    if (id !== undefined && /^[0-9a-f]{64}$/.test(id)) ids.add(id);
  };
  add(document.leadImage?.media?.id);
  for (const block of document.body ?? []) if (block.type === 'image') add(block.media?.id);
  for (const match of JSON.stringify(document).matchAll(MEDIA_PATH)) add(match[1]);
  return [...ids];
}
