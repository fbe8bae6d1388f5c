/**
 * @module
 * The media context of a process: settings, where files go, and the bound on image work.
 */
import { DEFAULT_MEDIA_CONFIG, type MediaConfig } from './config.ts';
import { createLimiter } from './limiter.ts';
import type { MediaContext } from './media.ts';
import { localMediaStorage, type MediaStorage } from './storage.ts';

/**
 * A media context from `config` (defaults for what it lacks), over `storage` or a folder at
 * `config.dir`. One per process: its limiter counts that process's image work.
 *
 * @example
 * const media = createMediaContext(loadConfig().media);
 */
export function createMediaContext(config: Partial<MediaConfig> = {}, storage?: MediaStorage): MediaContext {
  const full = { ...DEFAULT_MEDIA_CONFIG, ...config };
  return { config: full, storage: storage ?? localMediaStorage(full.dir), limiter: createLimiter(full.concurrency, full.queueLimit) };
}
