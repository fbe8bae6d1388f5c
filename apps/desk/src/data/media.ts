/**
 * @module
 * The media library: uploading a picture (with progress), listing and searching, one picture with
 * the stories that use it, changing its words, deleting it.
 */
import type { Schemas } from '@dateline/client';
import { ApiError, call, NetworkError, type Problem, type Transport } from './http.ts';

/** A picture in the library, with its renditions' addresses and `image`, ready for a story's image block or lead image. */
export type Media = Schemas['Media'];

/** A story that shows a picture. */
export type MediaUse = Schemas['MediaWithUses']['usedBy'][number];

/** The words that go with an upload or a change. */
export type MediaWords = Schemas['MediaPatch'];

/**
 * The library, newest first, or the pictures whose alt text or caption has every word of `q`.
 *
 * @example
 * const found = await listMedia(transport, 'harbour dawn');
 */
export async function listMedia(transport: Transport, q = '', limit = 50): Promise<Media[]> {
  const params = new URLSearchParams({ limit: String(limit) });
  if (q.trim()) params.set('q', q.trim());
  return (await call<{ items: Media[] }>(transport, 'GET', `/v1/media?${params}`)).body.items;
}

/**
 * One picture with the stories (drafts included) that use it; null when there is none.
 *
 * @example
 * const found = await getMedia(transport, id); // { media, usedBy: [{ slug, headline, status }] }
 */
export async function getMedia(transport: Transport, id: string): Promise<{ media: Media; usedBy: MediaUse[] } | null> {
  try {
    const { body } = await call<Media & { usedBy: MediaUse[] }>(transport, 'GET', `/v1/media/${encodeURIComponent(id)}`);
    const { usedBy, ...media } = body;
    return { media, usedBy };
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return null;
    throw error;
  }
}

/**
 * Changes a picture's alt text, caption or credit in the library.
 *
 * @example
 * await updateMedia(transport, id, { alt: 'The pier at dawn' });
 */
export async function updateMedia(transport: Transport, id: string, words: MediaWords): Promise<Media> {
  return (await call<Media>(transport, 'PATCH', `/v1/media/${encodeURIComponent(id)}`, { body: words })).body;
}

/**
 * Deletes a picture; the API refuses (409, naming the stories) while a story uses it.
 *
 * @example
 * await deleteMedia(transport, id);
 */
export async function deleteMedia(transport: Transport, id: string): Promise<void> {
  await call(transport, 'DELETE', `/v1/media/${encodeURIComponent(id)}`);
}

/** The part of `XMLHttpRequest` an upload uses (fetch cannot report upload progress). */
export interface UploadRequest {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: FormData): void;
  upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  status: number;
  responseText: string;
  getResponseHeader(name: string): string | null;
}

export interface UploadOptions {
  words?: MediaWords;
  /** Called with the share of the file sent, from 0 to 1. */
  onProgress?(sent: number): void;
  /** Makes the request; `new XMLHttpRequest()` in a browser. */
  request?: () => UploadRequest;
}

/**
 * Uploads `file` to the library. Resolves with the stored picture (a file kept already gives the
 * record kept); throws `ApiError` with the API's problem when it is refused (415 for SVG or a file
 * that is not a picture, 413 for one too large, 422 for one that does not decode) and
 * `NetworkError` when nothing answered.
 *
 * @example
 * const media = await uploadMedia(transport, file, { onProgress: (p) => (bar.value = p) });
 */
export function uploadMedia(transport: Transport, file: Blob & { name?: string }, options: UploadOptions = {}): Promise<Media> {
  const form = new FormData();
  form.set('file', file, file.name ?? 'picture');
  for (const [key, value] of Object.entries(options.words ?? {}))
    if (typeof value === 'string' && value.trim()) form.set(key, value.trim());
  const xhr = (options.request ?? (() => new XMLHttpRequest() as unknown as UploadRequest))();
  return new Promise<Media>((resolve, reject) => {
    xhr.open('POST', `${transport.base}/v1/media`);
    for (const [name, value] of Object.entries({ accept: 'application/json', ...transport.headers() })) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(Math.min(1, event.loaded / event.total));
    };
    xhr.onerror = () => reject(new NetworkError(new Error('the upload was interrupted')));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = { detail: xhr.responseText.slice(0, 200) };
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as Media);
      else reject(new ApiError(xhr.status, (body as Problem | null) ?? { status: xhr.status }, new Headers()));
    };
    xhr.send(form);
  });
}
