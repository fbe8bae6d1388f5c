/**
 * @module
 * The largest picture the API accepts, read by the desk from the same `MEDIA_MAX_BYTES` (both
 * read one environment file), so a file too large is refused before it is sent: the API closes
 * the connection on one, which a browser may see only as a broken upload.
 */

/** The API's default for `MEDIA_MAX_BYTES`. */
export const DEFAULT_MEDIA_MAX_BYTES = 20 * 1024 * 1024;

/**
 * `MEDIA_MAX_BYTES` of `env`, or the API's default when it is unset or not a whole number.
 *
 * @example
 * mediaMaxBytes({ MEDIA_MAX_BYTES: '5242880' }); // 5242880
 */
export function mediaMaxBytes(env: Record<string, string | undefined> = process.env): number {
  const value = env.MEDIA_MAX_BYTES?.trim() ?? '';
  return /^\d+$/.test(value) && Number(value) >= 1024 ? Number(value) : DEFAULT_MEDIA_MAX_BYTES;
}

/**
 * A file size for people, in KB or MB with one decimal when it helps.
 *
 * @example
 * formatSize(3 * 1024 * 1024); // '3 MB'
 * formatSize(3_500_000); // '3.3 MB'
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/**
 * Why `file` cannot be uploaded before it is sent, or null: larger than `maxBytes`.
 *
 * @example
 * tooLarge({ size: 30_000_000 }, 20 * 1024 * 1024); // 'it is too large (28.6 MB; the most accepted is 20 MB).'
 */
export function tooLarge(file: { size: number }, maxBytes: number): string | null {
  return file.size > maxBytes ? `it is too large (${formatSize(file.size)}; the most accepted is ${formatSize(maxBytes)}).` : null;
}
