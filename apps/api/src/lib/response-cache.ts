/**
 * @module
 * A process-local cache of serialised public responses (body and ETag), so a hot article or
 * listing is served without reading or serialising it again. Entries are tagged with the store's
 * article revision: a write by any process sharing the database changes the revision, and every
 * entry cached under the old one stops matching. Listings also expire when the next scheduled
 * article goes public. See docs/decisions/003-response-cache.md.
 */
import type { Encoding } from '@dateline/http';
import { etagFor } from './etag.ts';

const encoder = new TextEncoder();

/** A cached response body, encoded once, and its strong ETag. */
export interface CachedBody {
  /** UTF-8 bytes: writing them to a socket skips encoding the text again on every response. */
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  /** When what it shows last changed, as an HTTP date, when that is known (see `sendPublic`). */
  lastModified?: string | undefined;
  /** Its compressed forms made so far (see compression.ts). */
  encoded?: Partial<Record<Encoding, { body: Uint8Array<ArrayBuffer>; etag: string }>>;
  /** Called with the size of each compressed form kept on it, so the cache holding it counts those bytes too. */
  grew?: (bytes: number) => void;
}

interface Entry extends CachedBody {
  revision: number;
  /** Epoch milliseconds after which the entry is stale whatever the revision; Infinity for never. */
  expires: number;
  /** Stored or read since it was last passed over for eviction (see `#evictOne`). */
  used: boolean;
  /** Its body's bytes and its compressed forms', as counted against the cache's budget. */
  bytes: number;
}

/** What `ResponseCache.get` needs to decide whether an entry is still right. */
export interface Freshness {
  revision: number;
  now: Date;
}

/** Bytes of bodies (compressed forms included) a cache keeps at most when not told otherwise. */
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * A map from request keys to serialised responses, bounded both in entries and in bytes: a few
 * thousand listings of a hundred stories each, or long articles with their compressed forms,
 * would otherwise hold gigabytes. Eviction is "second chance" (CLOCK), close to
 * least-recently-used: a hit only sets a flag, where true LRU would move the entry in the map on
 * every read, which costs as much as the rest of a hit. A body larger than the whole budget is
 * returned but not kept.
 *
 * @example
 * const cache = new ResponseCache(5000, 64 * 1024 * 1024);
 * const hit = cache.get('article:night-ferry', { revision, now });
 * const entry = hit ?? cache.set('article:night-ferry', JSON.stringify(article), { revision, now });
 */
export class ResponseCache {
  readonly #entries = new Map<string, Entry>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  #bytes = 0;
  #hits = 0;
  #misses = 0;

  constructor(maxEntries = 5000, maxBytes = DEFAULT_CACHE_BYTES) {
    this.#maxEntries = maxEntries;
    this.#maxBytes = maxBytes;
  }

  /** The entry for `key` if it was cached under `freshness.revision` and has not expired. */
  get(key: string, freshness: Freshness): CachedBody | undefined {
    const entry = this.#entries.get(key);
    if (!entry || entry.revision !== freshness.revision || freshness.now.getTime() >= entry.expires) {
      this.#misses += 1;
      return undefined;
    }
    this.#hits += 1;
    entry.used = true;
    return entry;
  }

  /**
   * Whether anything is cached for `key`, at any revision; a miss counts as one (the caller will
   * load the answer without asking `get`).
   */
  has(key: string): boolean {
    if (this.#entries.has(key)) return true;
    this.#misses += 1;
    return false;
  }

  /**
   * Caches `body` for `key` under the revision it was read at, until `expires` (default: never),
   * with its `lastModified` date when known.
   */
  set(key: string, body: string, freshness: Freshness & { expires?: Date | null; lastModified?: string | undefined }): CachedBody {
    const bytes = encoder.encode(body);
    const entry: Entry = {
      body: bytes,
      etag: etagFor(bytes),
      lastModified: freshness.lastModified,
      revision: freshness.revision,
      expires: freshness.expires ? freshness.expires.getTime() : Number.POSITIVE_INFINITY,
      used: true,
      bytes: bytes.length,
    };
    this.#drop(key);
    if (entry.bytes > this.#maxBytes) return entry;
    entry.grew = (more) => {
      // Only while it is still the entry kept for its key: a replaced or evicted one is no one's.
      if (this.#entries.get(key) !== entry) return;
      entry.bytes += more;
      this.#bytes += more;
      this.#trim();
    };
    this.#entries.set(key, entry);
    this.#bytes += entry.bytes;
    this.#trim();
    return entry;
  }

  /** Evicts until both bounds hold. */
  #trim(): void {
    while (this.#entries.size > this.#maxEntries || (this.#bytes > this.#maxBytes && this.#entries.size > 0)) this.#evictOne();
  }

  /** Forgets `key`'s entry and its bytes. */
  #drop(key: string): void {
    const old = this.#entries.get(key);
    if (!old) return;
    this.#entries.delete(key);
    this.#bytes -= old.bytes;
  }

  /** Drops the oldest entry not read since it was last passed over; read ones go to the back. */
  #evictOne(): void {
    for (const [key, entry] of this.#entries) {
      this.#entries.delete(key);
      if (!entry.used) {
        this.#bytes -= entry.bytes;
        return;
      }
      entry.used = false;
      this.#entries.set(key, entry);
    }
  }

  /** Drops every entry (for example after a write in this process, to free memory at once). */
  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  /** Counts for logs and benchmarks. */
  stats(): { entries: number; bytes: number; hits: number; misses: number } {
    return { entries: this.#entries.size, bytes: this.#bytes, hits: this.#hits, misses: this.#misses };
  }
}
