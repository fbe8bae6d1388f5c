/**
 * @module
 * The media settings and their environment variables (validated with the rest of the
 * configuration: `env.ts` spreads `MEDIA_ENV` into its schema):
 *
 * - `MEDIA_DIR`: where pictures are kept (default `data/media` in the repository).
 * - `MEDIA_MAX_BYTES`: the largest file accepted, in bytes (default 20 MB).
 * - `MEDIA_MAX_PIXELS`: the most pixels a picture may have, against decompression bombs (default 50 million).
 * - `MEDIA_CONCURRENCY`: how many pictures are processed at once (default 1); more wait their turn.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** What the media service needs to know. */
export interface MediaConfig {
  /** The folder of the local storage. */
  dir: string;
  maxBytes: number;
  maxPixels: number;
  /** Pictures processed at once; each uses one of libvips' threads per core while it runs. */
  concurrency: number;
  /** Uploads that may wait for their turn before the API answers 503. */
  queueLimit: number;
}

/** The folder used when `MEDIA_DIR` is unset. */
export const DEFAULT_MEDIA_DIR = fileURLToPath(new URL('../../../../../data/media', import.meta.url));

/** The defaults; 12-megapixel camera files fit four times over. */
export const DEFAULT_MEDIA_CONFIG: MediaConfig = {
  dir: DEFAULT_MEDIA_DIR,
  maxBytes: 20 * 1024 * 1024,
  maxPixels: 50_000_000,
  concurrency: 1,
  queueLimit: 32,
};

const whole = (min: number, max: number, message: string) =>
  z.string().trim().regex(/^\d+$/, message).transform(Number).pipe(z.int().min(min, message).max(max, message));

/** The variables, for `EnvSchema`. */
export const MEDIA_ENV = {
  MEDIA_DIR: z.string().trim().min(1, 'must not be empty').optional(),
  MEDIA_MAX_BYTES: whole(1024, 1024 * 1024 * 1024, 'must be a number of bytes from 1024 to 1073741824').optional(),
  MEDIA_MAX_PIXELS: whole(1, 1_000_000_000, 'must be a number of pixels from 1 to 1000000000').optional(),
  MEDIA_CONCURRENCY: whole(1, 64, 'must be a number from 1 to 64').optional(),
};

type MediaEnv = { [K in keyof typeof MEDIA_ENV]?: z.output<(typeof MEDIA_ENV)[K]> };

/**
 * The media settings of validated variables; `MEDIA_DIR` relative to `cwd`.
 *
 * @example
 * mediaFromEnv({ MEDIA_MAX_BYTES: 5242880 }, process.cwd()).maxBytes; // 5242880
 */
export function mediaFromEnv(env: MediaEnv, cwd: string): MediaConfig {
  return {
    ...DEFAULT_MEDIA_CONFIG,
    ...(env.MEDIA_DIR !== undefined && { dir: new URL(env.MEDIA_DIR, `file://${cwd.endsWith('/') ? cwd : `${cwd}/`}`).pathname }),
    ...(env.MEDIA_MAX_BYTES !== undefined && { maxBytes: env.MEDIA_MAX_BYTES }),
    ...(env.MEDIA_MAX_PIXELS !== undefined && { maxPixels: env.MEDIA_MAX_PIXELS }),
    ...(env.MEDIA_CONCURRENCY !== undefined && { concurrency: env.MEDIA_CONCURRENCY }),
  };
}
