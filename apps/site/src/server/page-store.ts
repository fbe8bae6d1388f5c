/**
 * @module
 * The stored pages: a least-recently-used map bounded by the bytes it holds. A page is fresh for
 * a time after it was rendered, then stale for a while longer (served while it is rendered again,
 * see page-cache.ts), then gone. Each page's freshness ends somewhere in the last fifth of the
 * time to live, so pages rendered together (after a restart, or a burst of traffic) are not all
 * rendered again in the same moment.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import type { Encoding } from '@dateline/http';

/** A rendered page as it is served again. */
export interface StoredPage {
  /** The headers every answer carries, ETag and Cache-Control included. */
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** The ETag, quoted, as in `headers`. */
  etag: string;
  /** When it was rendered (the store's clock). */
  storedAt: number;
  /** Until when it is served without being rendered again (set by the store). */
  freshUntil?: number;
  /** The headers of a hit, by outcome and coding, kept while their Age stays the same. */
  hit?: Map<string, { age: string; headers: OutgoingHttpHeaders }>;
  /** Its compressed forms made so far, when it is worth compressing (see @dateline/http). */
  encoded?: Partial<Record<Encoding, { body: Buffer; etag: string }>>;
}

/** Bytes counted for an entry beyond its body and key: headers and bookkeeping, roughly. */
const ENTRY_OVERHEAD = 512;

export interface PageStoreOptions {
  maxBytes: number;
  ttlMs: number;
  /** How long past its time to live a page may still be served while it is rendered again. */
  staleMs?: number;
  /** The clock, in milliseconds; tests pass their own. */
  now?: () => number;
  /** A number in [0, 1) that spreads expiry; tests pass their own. */
  random?: () => number;
}

/** The share of the time to live over which pages' freshness ends. */
const EXPIRY_SPREAD = 0.2;

/**
 * Pages by key. A Map keeps insertion order, so re-inserting an entry on each hit makes its
 * first key the least recently used.
 */
export class PageStore {
  readonly #entries = new Map<string, { page: StoredPage; bytes: number }>();
  readonly #maxBytes: number;
  readonly #ttlMs: number;
  readonly #staleMs: number;
  readonly #random: () => number;
  readonly now: () => number;
  #bytes = 0;

  constructor(options: PageStoreOptions) {
    this.#maxBytes = options.maxBytes;
    this.#ttlMs = options.ttlMs;
    this.#staleMs = options.staleMs ?? 0;
    this.#random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
  }

  /** Bytes held now. */
  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  /**
   * The page stored under `key` if it is fresh or still within its stale time (`isFresh` tells
   * which); one past both is dropped.
   */
  get(key: string): StoredPage | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (this.now() - entry.page.storedAt >= this.#ttlMs + this.#staleMs) {
      this.#bytes -= entry.bytes;
      return undefined;
    }
    this.#entries.set(key, entry);
    return entry.page;
  }

  /** Whether `page` may be served without being rendered again. */
  isFresh(page: StoredPage): boolean {
    return this.now() < (page.freshUntil ?? page.storedAt + this.#ttlMs);
  }

  /**
   * Stores `page`, evicting the least recently used pages until the total fits. A page larger
   * than the whole store is not kept.
   */
  set(key: string, page: StoredPage): void {
    this.delete(key);
    const bytes = page.body.length + key.length + ENTRY_OVERHEAD;
    if (bytes > this.#maxBytes) return;
    page.freshUntil = page.storedAt + Math.floor(this.#ttlMs * (1 - EXPIRY_SPREAD * this.#random()));
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes + bytes <= this.#maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
    this.#entries.set(key, { page, bytes });
    this.#bytes += bytes;
  }

  /**
   * Counts `bytes` more for the page stored under `key` (a compressed form made for it), evicting
   * the least recently used other pages until the total fits again. Nothing is counted when the
   * key now holds another page (this one was replaced meanwhile).
   */
  grow(key: string, page: StoredPage, bytes: number): void {
    const entry = this.#entries.get(key);
    if (!entry || entry.page !== page) return;
    entry.bytes += bytes;
    this.#bytes += bytes;
    for (const [oldest, other] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      if (oldest === key) continue;
      this.#entries.delete(oldest);
      this.#bytes -= other.bytes;
    }
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
