/**
 * @module
 * The media part of the storage contract: one record per stored picture (its hash, decoded type,
 * size, and the words that go with it). The files themselves are kept by a `MediaStorage` (see
 * `services/media/storage.ts`); the database only knows they exist.
 */

/** The image formats accepted on upload, by their media type. */
export const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

/** A stored picture. */
export interface MediaRecord {
  /** SHA-256 of the uploaded file, hex: the same picture uploaded twice is one record. */
  id: string;
  type: MediaType;
  /** Pixels, with the orientation applied. */
  width: number;
  height: number;
  /** Size of the uploaded file. */
  bytes: number;
  /** Empty until someone writes it; an article with the picture cannot be published without it. */
  alt: string;
  caption: string | null;
  credit: string | null;
  /** The id of the person or token that uploaded it first. */
  createdBy: string | null;
  createdAt: string;
}

/** What may be changed on a record. */
export type MediaPatch = Partial<Pick<MediaRecord, 'alt' | 'caption' | 'credit'>>;

/** An article that shows a picture (as lead image or in its body). */
export interface MediaUse {
  slug: string;
  headline: string;
  status: string;
}

/** How to list the library. */
interface MediaQuery {
  /** Words that must all appear in the alt text or the caption (case-insensitive). */
  q?: string | undefined;
  limit: number;
}

/**
 * The media records of the store.
 *
 * @example
 * const { media, created } = await store.createMedia(record); // created is false for a picture already kept
 */
export interface MediaStore {
  /** Stores `record` unless one with its id exists; answers the stored one either way. */
  createMedia(record: MediaRecord): Promise<{ media: MediaRecord; created: boolean }>;
  getMedia(id: string): Promise<MediaRecord | null>;
  /** Newest first. */
  listMedia(query: MediaQuery): Promise<MediaRecord[]>;
  /** The record as changed, or null when there is none with this id. */
  updateMedia(id: string, patch: MediaPatch): Promise<MediaRecord | null>;
  /**
   * Deletes the record unless an article uses the picture, in one statement, so a use recorded
   * between a check and the delete cannot be orphaned: `in-use` leaves it, `missing` when there is
   * no record with this id.
   */
  deleteMedia(id: string): Promise<'deleted' | 'in-use' | 'missing'>;
  /** The articles, drafts included, whose document refers to the picture; newest first. */
  mediaUsage(id: string): Promise<MediaUse[]>;
}
