/**
 * @module
 * The media library: upload (check, make renditions, store), list, read with where a picture is
 * used, change its words, delete it when nothing uses it. Knows the store and the file storage,
 * never HTTP.
 */
import { createHash } from 'node:crypto';
import { MEDIA_FORMAT_TYPES, type MediaFormat, type MediaRef, mediaPath, renditionWidths, SHARE_SIZE, sharePath } from '@dateline/model';
import type { MediaPatch, MediaRecord, MediaUse, Store } from '../../store/store.ts';
import type { MediaConfig } from './config.ts';
import type { Limiter } from './limiter.ts';
import { inspectImage, MediaRejectedError, makeRenditions } from './renditions.ts';
import { looksLikeMarkup, sniffImageType } from './sniff.ts';
import type { MediaStorage } from './storage.ts';

/** What the media routes need besides the store. */
export interface MediaContext {
  config: MediaConfig;
  storage: MediaStorage;
  limiter: Limiter;
}

/** Words given with an upload. */
export interface MediaWords {
  alt?: string | undefined;
  caption?: string | undefined;
  credit?: string | undefined;
}

/** A stored picture, with the addresses of its files and an `Image` ready for an article. */
export interface MediaView extends MediaRecord {
  renditions: { width: number; height: number; format: MediaFormat; type: string; url: string }[];
  share: { width: number; height: number; url: string };
  /** Put this in an article's `leadImage` or an image block. */
  image: { src: string; alt: string; caption?: string; credit?: string; media: MediaRef };
}

/** A picture still used by articles, which cannot be deleted. */
export class MediaInUseError extends Error {
  override name = 'MediaInUseError';
  readonly uses: MediaUse[];
  constructor(uses: MediaUse[]) {
    super(
      `The picture is used by ${uses.length === 1 ? 'one article' : `${uses.length} articles`} (${uses.map((u) => u.slug).join(', ')}); remove it from them first.`,
    );
    this.uses = uses;
  }
}

const KEPT_NAME = /^(?:(\d{1,5})\.(avif|webp|jpg)|share\.jpg)$/;

/**
 * True for the name of a file a picture can have (`640.webp`, `share.jpg`).
 *
 * @example
 * isRenditionName('640.webp'); // true
 */
export function isRenditionName(name: string): boolean {
  return KEPT_NAME.test(name);
}

/**
 * The media type of a rendition's name.
 *
 * @example
 * renditionType('640.webp'); // 'image/webp'
 */
export function renditionType(name: string): string {
  return MEDIA_FORMAT_TYPES[name.slice(name.lastIndexOf('.') + 1) as MediaFormat];
}

/**
 * `record` with the addresses of its files.
 *
 * @example
 * const view = mediaView(record);
 * view.image.src; // '/media/ab…/1600.jpg'
 */
export function mediaView(record: MediaRecord): MediaView {
  const ref: MediaRef = { id: record.id, width: record.width, height: record.height };
  const widths = renditionWidths(record.width);
  const height = (w: number) => Math.max(1, Math.round((record.height * w) / record.width));
  return {
    ...record,
    renditions: widths.flatMap((w) =>
      (['avif', 'webp', 'jpg'] as const).map((format) => ({
        width: w,
        height: height(w),
        format,
        type: MEDIA_FORMAT_TYPES[format],
        url: mediaPath(record.id, w, format),
      })),
    ),
    share: { ...SHARE_SIZE, url: sharePath(record.id) },
    image: {
      src: mediaPath(record.id, widths.at(-1)!, 'jpg'),
      alt: record.alt,
      ...(record.caption !== null && { caption: record.caption }),
      ...(record.credit !== null && { credit: record.credit }),
      media: ref,
    },
  };
}

/**
 * Checks and stores an uploaded picture. The same file uploaded again answers the record kept
 * (`created: false`) without processing it twice. Nothing is stored unless every check passes
 * and every rendition is made; files written before a failure are removed.
 *
 * @example
 * const { media, created } = await uploadMedia(store, ctx, bytes, { alt: 'The pier' }, 'user-1', new Date());
 */
export async function uploadMedia(
  store: Store,
  ctx: MediaContext,
  bytes: Uint8Array,
  words: MediaWords,
  createdBy: string | null,
  now: Date,
): Promise<{ media: MediaView; created: boolean }> {
  if (bytes.byteLength > ctx.config.maxBytes)
    throw new MediaRejectedError(413, `The file is ${bytes.byteLength} bytes; the most accepted is ${ctx.config.maxBytes}.`);
  if (bytes.byteLength === 0) throw new MediaRejectedError(422, 'The file is empty.');
  const type = sniffImageType(bytes);
  if (!type) {
    throw new MediaRejectedError(
      415,
      looksLikeMarkup(bytes)
        ? 'SVG and other markup are not accepted (they can carry script); upload a JPEG, PNG, WebP, AVIF or GIF.'
        : 'The file is not a JPEG, PNG, WebP, AVIF or GIF picture.',
    );
  }
  const id = createHash('sha256').update(bytes).digest('hex');
  const existing = await store.getMedia(id);
  if (existing && (await ctx.storage.exists(`${id}/share.jpg`))) return { media: mediaView(existing), created: false };
  const processed = await ctx.limiter.run(async () => {
    const size = await inspectImage(bytes, type, ctx.config.maxPixels);
    return makeRenditions(bytes, size, ctx.config.maxPixels);
  });
  try {
    // The sharing crop last: its presence says the set is complete.
    for (const r of processed.renditions.filter((r) => r.name !== 'share.jpg')) await ctx.storage.put(`${id}/${r.name}`, r.bytes);
    await ctx.storage.put(`${id}/share.jpg`, processed.renditions.find((r) => r.name === 'share.jpg')!.bytes);
    const { media, created } = await store.createMedia({
      id,
      type,
      width: processed.width,
      height: processed.height,
      bytes: bytes.byteLength,
      alt: words.alt ?? '',
      caption: words.caption ?? null,
      credit: words.credit ?? null,
      createdBy,
      createdAt: now.toISOString(),
    });
    return { media: mediaView(media), created };
  } catch (err) {
    if (!existing) await ctx.storage.delete(id);
    throw err;
  }
}

/**
 * A picture with the articles that show it, or null.
 *
 * @example
 * const found = await readMedia(store, id); // { media, usedBy: [{ slug, headline, status }] }
 */
export async function readMedia(store: Store, id: string): Promise<{ media: MediaView; usedBy: MediaUse[] } | null> {
  const record = await store.getMedia(id);
  return record ? { media: mediaView(record), usedBy: await store.mediaUsage(id) } : null;
}

/**
 * Changes a picture's alt text, caption or credit; null when there is no such picture. Articles
 * keep the words they were given (an article's caption is its own).
 *
 * @example
 * await changeMedia(store, id, { alt: 'The pier at dawn' });
 */
export async function changeMedia(store: Store, id: string, patch: MediaPatch): Promise<MediaView | null> {
  const record = await store.updateMedia(id, patch);
  return record ? mediaView(record) : null;
}

/**
 * Deletes a picture that no article uses, record first, then its files; false when there is
 * none. Throws `MediaInUseError` otherwise.
 *
 * @example
 * await deleteMedia(store, ctx.storage, id);
 */
export async function deleteMedia(store: Store, storage: MediaStorage, id: string): Promise<boolean> {
  const outcome = await store.deleteMedia(id);
  if (outcome === 'in-use') throw new MediaInUseError(await store.mediaUsage(id));
  // Files left by an earlier delete that stopped between the record and its files go too.
  await storage.delete(id);
  return outcome === 'deleted';
}
