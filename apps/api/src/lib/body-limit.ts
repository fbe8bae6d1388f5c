/**
 * @module
 * Request body size limits, answered with a 413 problem. The size is checked from
 * `Content-Length` when sent, and while reading otherwise, so an oversized body is never buffered.
 */
import { MAX_BODY_BYTES } from '@dateline/model/core';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import { problem } from './problem.ts';
import type { AppBindings } from './types.ts';

/** The limit of article writes (`MAX_BODY_BYTES`): a long feature with its blocks fits many times over. */
export const ARTICLE_BODY_LIMIT = MAX_BODY_BYTES;

/** The limit of a reader's comment. */
export const COMMENT_BODY_LIMIT = 20 * 1024;

/**
 * Route middleware rejecting bodies over `maxBytes` with a 413 problem.
 *
 * @example
 * createRoute({ method: 'post', path: '/v1/articles/{slug}/comments', middleware: [bodyLimit(COMMENT_BODY_LIMIT)], … });
 */
export function bodyLimit(maxBytes: number): MiddlewareHandler<AppBindings> {
  return honoBodyLimit({
    maxSize: maxBytes,
    // The rest of the body is never read: the connection is closed after the answer, and the
    // client told so. Kept alive, Node would discard some of the body and then drop the
    // connection under the client's next request.
    onError: (c) =>
      problem(
        c,
        413,
        { detail: `The request body is larger than the ${formatBytes(maxBytes)} this route accepts.` },
        { Connection: 'close' },
      ),
  });
}

/**
 * A size for people.
 *
 * @example
 * formatBytes(20 * 1024); // '20 KB'
 */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}
