/**
 * @module
 * Copying the pictures of an imported article into the media library instead of hot-linking
 * them (`dateline import --fetch-images`): each http(s) image is downloaded (size-limited, with a
 * deadline) and goes through the same checks and renditions as an upload; the article then
 * points at the stored picture, keeping its own alt text, caption and credit.
 */
import type { ArticleInput, Image } from '@dateline/model';
import type { Store } from '../../store/store.ts';
import { type MediaContext, uploadMedia } from './media.ts';
import { MediaRejectedError } from './renditions.ts';

/** How long one download may take. */
const FETCH_TIMEOUT_MS = 20_000;

/** An image left as it was, and why. */
interface ImageProblem {
  src: string;
  reason: string;
}

/** What fetching needs: the media library, and who to tell about an image left as it was. */
export interface FetchImagesOptions {
  store: Store;
  media: MediaContext;
  now: Date;
  onProblem?: ((problem: ImageProblem) => void) | undefined;
  /** For tests; the global `fetch` by default. */
  fetch?: typeof fetch | undefined;
}

/**
 * The bytes at `url`, refused past `maxBytes` (by `Content-Length` or while reading) and after
 * `FETCH_TIMEOUT_MS`. Throws with the reason.
 *
 * @example
 * const bytes = await download('https://example.org/pier.jpg', 20 * 1024 * 1024);
 */
async function download(url: string, maxBytes: number, fetcher: typeof fetch = fetch): Promise<Uint8Array> {
  const res = await fetcher(url, {
    redirect: 'follow',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    headers: { accept: 'image/avif,image/webp,image/jpeg,image/png,image/gif' },
  });
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(`the server answered ${res.status}`);
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw new MediaRejectedError(413, `it is ${declared} bytes; the most accepted is ${maxBytes}`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new MediaRejectedError(413, `it is over the ${maxBytes} bytes accepted`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * `input` with each http(s) image (lead image and image blocks) copied into the media library
 * and pointing at it. An image that cannot be fetched or is refused stays as it was and is
 * reported through `onProblem`; the same picture twice is fetched once.
 *
 * @example
 * const local = await fetchImages(parseHtml(page, { url }), { store, media, now: new Date() });
 */
export async function fetchImages(input: ArticleInput, options: FetchImagesOptions): Promise<ArticleInput> {
  const done = new Map<string, Image | null>();
  const copy = async <T extends Image>(image: T): Promise<T> => {
    if (image.media || !/^https?:\/\//i.test(image.src)) return image;
    if (!done.has(image.src)) {
      try {
        const bytes = await download(image.src, options.media.config.maxBytes, options.fetch);
        const { media } = await uploadMedia(
          options.store,
          options.media,
          bytes,
          { alt: image.alt, caption: image.caption, credit: image.credit },
          null,
          options.now,
        );
        done.set(image.src, media.image);
      } catch (err) {
        options.onProblem?.({ src: image.src, reason: err instanceof Error ? err.message : String(err) });
        done.set(image.src, null);
      }
    }
    const stored = done.get(image.src);
    return stored ? { ...image, src: stored.src, media: stored.media } : image;
  };
  return {
    ...input,
    ...(input.leadImage && { leadImage: await copy(input.leadImage) }),
    body: await Promise.all(input.body.map((block) => (block.type === 'image' ? copy(block) : block))),
  };
}
