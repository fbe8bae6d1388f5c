/**
 * @module
 * Checks a picture and makes its renditions with sharp (libvips): each width of
 * `renditionWidths` in AVIF, WebP and JPEG, and a 1200×630 crop for sharing. The picture is
 * decoded once, turned upright (`rotate()` reads the EXIF orientation) and scaled to the widest
 * rendition; every output is encoded from those pixels, so none carries the original's metadata
 * (EXIF, GPS, camera) and no byte of the upload is ever served as it came.
 */
import { MEDIA_FORMATS, type MediaFormat, renditionWidths, SHARE_SIZE } from '@dateline/model';
import sharp, { type Metadata, type OutputInfo, type Sharp } from 'sharp';
import type { MediaType } from '../../store/media-store.ts';

/** A file that is not a picture we can use; `status` is 415 for a type we do not take, 422 otherwise. */
export class MediaRejectedError extends Error {
  override name = 'MediaRejectedError';
  readonly status: 413 | 415 | 422;
  constructor(status: 413 | 415 | 422, message: string) {
    super(message);
    this.status = status;
  }
}

/** A file to store, by its name within the picture's folder. */
interface Rendition {
  name: string;
  bytes: Uint8Array;
}

/** What processing found and made. */
export interface ProcessedImage {
  /** Size as readers see it (orientation applied). */
  width: number;
  height: number;
  renditions: Rendition[];
}

const FORMAT_OF: Record<string, MediaType> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  heif: 'image/avif',
};

// Speed over the last few percent of size: an upload waits for all of these.
const ENCODERS: Record<MediaFormat, (image: Sharp) => Sharp> = {
  avif: (image) => image.avif({ quality: 50, effort: 2 }),
  webp: (image) => image.webp({ quality: 75, effort: 2 }),
  jpg: (image) => image.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true }),
};

/**
 * Reads the header of `bytes` (sniffed as `type`) and checks that the decoder agrees on the
 * type and that the size is within `maxPixels`, before any pixel is decoded.
 *
 * @example
 * await inspectImage(bytes, 'image/jpeg', 50_000_000); // { width: 4000, height: 3000 }
 */
export async function inspectImage(bytes: Uint8Array, type: MediaType, maxPixels: number): Promise<{ width: number; height: number }> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new MediaRejectedError(422, 'The file could not be read as a picture.');
  }
  const format = meta.format === 'heif' && meta.compression !== 'av1' ? 'heic' : meta.format;
  if (FORMAT_OF[format] !== type) throw new MediaRejectedError(422, `The file starts as ${type} but does not decode as one.`);
  const { width, height } = meta;
  if (!width || !height) throw new MediaRejectedError(422, 'The picture has no size.');
  if (width * height > maxPixels) {
    throw new MediaRejectedError(
      422,
      `The picture is ${width}×${height}, ${(width * height).toLocaleString('en')} pixels; the most accepted is ${maxPixels.toLocaleString('en')}.`,
    );
  }
  const upright = (meta.orientation ?? 1) >= 5;
  return upright ? { width: height, height: width } : { width, height };
}

/**
 * The renditions of `bytes`, which `inspectImage` has accepted. A file that fails to decode
 * (truncated, corrupt) is a `MediaRejectedError`.
 *
 * @example
 * const { renditions } = await makeRenditions(bytes, await inspectImage(bytes, type, max), max);
 * renditions.map((r) => r.name); // ['320.avif', '320.webp', '320.jpg', …, 'share.jpg']
 */
export async function makeRenditions(
  bytes: Uint8Array,
  size: { width: number; height: number },
  maxPixels: number,
): Promise<ProcessedImage> {
  const widest = renditionWidths(Number.MAX_SAFE_INTEGER).at(-1)!;
  let base: { data: Buffer; info: OutputInfo };
  try {
    base = await sharp(bytes, { limitInputPixels: maxPixels, failOn: 'truncated' })
      .rotate()
      .resize({ width: widest, withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (err) {
    throw new MediaRejectedError(422, `The picture could not be decoded: ${(err as Error).message.split('\n')[0]}`);
  }
  const raw = { raw: { width: base.info.width, height: base.info.height, channels: base.info.channels } };
  const jobs: Promise<Rendition>[] = [];
  for (const width of renditionWidths(size.width)) {
    for (const format of MEDIA_FORMATS) {
      const image = sharp(base.data, raw).resize({ width });
      jobs.push(
        ENCODERS[format](image)
          .toBuffer()
          .then((out: Buffer) => ({ name: `${width}.${format}`, bytes: out })),
      );
    }
  }
  const share = sharp(base.data, raw).resize({ ...SHARE_SIZE, fit: 'cover', position: 'attention' });
  jobs.push(
    ENCODERS.jpg(share)
      .toBuffer()
      .then((out: Buffer) => ({ name: 'share.jpg', bytes: out })),
  );
  return { ...size, renditions: await Promise.all(jobs) };
}
