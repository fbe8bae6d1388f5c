/**
 * @module
 * The stored pages: a least-recently-used map bounded by the bytes it holds, whose entries
 * expire a fixed time after they were rendered.
 */
import type { OutgoingHttpHeaders } from 'node:http';

/** A rendered page as it is served again. */
export interface StoredPage {
  /** The headers every answer carries, ETag and Cache-Control included. */
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** The ETag, quoted, as in `headers`. */
  etag: string;
  /** When it was rendered (the store's clock). */
  storedAt: number;
  /** The headers of a hit, kept while their Age stays the same. */
  hit?: { age: string; headers: OutgoingHttpHeaders };
}

/** Bytes counted for an entry beyond its body and key: headers and bookkeeping, roughly. */
const ENTRY_OVERHEAD = 512;

export interface PageStoreOptions {
  maxBytes: number;
  ttlMs: number;
  /** The clock, in milliseconds; tests pass their own. */
  now?: () => number;
}

/**
 * Pages by key. A Map keeps insertion order, so re-inserting an entry on each hit makes its
 * first key the least recently used.
 */
export class PageStore {
  readonly #entries = new Map<string, { page: StoredPage; bytes: number }>();
  readonly #maxBytes: number;
  readonly #ttlMs: number;
  readonly now: () => number;
  #bytes = 0;

  constructor(options: PageStoreOptions) {
    this.#maxBytes = options.maxBytes;
    this.#ttlMs = options.ttlMs;
    this.now = options.now ?? Date.now;
  }

  /** Bytes held now. */
  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The page stored under `key` if it is still fresh; an expired one is dropped. */
  get(key: string): StoredPage | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (this.now() - entry.page.storedAt >= this.#ttlMs) {
      this.#bytes -= entry.bytes;
      return undefined;
    }
    this.#entries.set(key, entry);
    return entry.page;
  }

  /**
   * Stores `page`, evicting the least recently used pages until the total fits. A page larger
   * than the whole store is not kept.
   */
  set(key: string, page: StoredPage): void {
    this.delete(key);
    const bytes = page.body.length + key.length + ENTRY_OVERHEAD;
    if (bytes > this.#maxBytes) return;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes + bytes <= this.#maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
    this.#entries.set(key, { page, bytes });
    this.#bytes += bytes;
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }

  /** Seconds since `page` was rendered, for the Age header. */
  ageSeconds(page: StoredPage): number {
    return Math.max(0, Math.floor((this.now() - page.storedAt) / 1000));
  }
}
