/**
 * @module
 * The built client files (dist/client): listed once at start, so a request for anything else
 * costs one map lookup and never touches the disk, and no path a reader sends can reach a file
 * outside the folder. Astro's hashed assets (`/_astro/`) never change under one name and are
 * cached for a year; other public files for an hour. Text files (CSS, SVG, JSON…) are held in
 * memory and sent compressed to readers who accept it, each compressed form made once.
 */
import { createReadStream, type Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { SECURITY_HEADERS } from './answer-headers.ts';
import { compress, type Encoding, encodedEtag, isCompressible, MIN_COMPRESS_BYTES, negotiateEncoding, notModified } from '@dateline/http';

/** Text files up to this size are held in memory to be sent compressed. */
const HELD_MAX_BYTES = 1 << 20;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const PUBLIC_FILE = 'public, max-age=3600';

/** Media types by extension; anything else is sent as bytes. */
const TYPES: Record<string, string> = {
  '.avif': 'image/avif',
  '.css': 'text/css; charset=utf-8',
  '.gif': 'image/gif',
  '.html': 'text/html; charset=utf-8',
  '.ico': 'image/x-icon',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
};

interface StaticFile {
  path: string;
  headers: Record<string, string>;
  etag: string;
  /** The file's bytes, for a file worth compressing, and its compressed forms made so far. */
  held?: { body: Buffer; encoded: Partial<Record<Encoding, { body: Buffer; headers: Record<string, string> }>> };
}

/** The files to serve, by URL path. */
export type StaticFiles = ReadonlyMap<string, StaticFile>;

/**
 * Lists every file under `dir` (none if it does not exist).
 *
 * @example
 * const files = await listStaticFiles('apps/site/dist/client');
 */
export async function listStaticFiles(dir: string): Promise<StaticFiles> {
  const files = new Map<string, StaticFile>();
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return files;
  }
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path);
    if (!info.isFile()) continue;
    const urlPath = `/${relative(dir, path).split(sep).join('/')}`;
    const file = describe(path, urlPath, info);
    if (file.headers.vary) file.held = { body: await readFile(path), encoded: {} };
    files.set(urlPath, file);
  }
  return files;
}

function describe(path: string, urlPath: string, info: Stats): StaticFile {
  const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
  const type = TYPES[extname(urlPath).toLowerCase()] ?? 'application/octet-stream';
  const compressible = isCompressible(type) && info.size >= MIN_COMPRESS_BYTES && info.size <= HELD_MAX_BYTES;
  return {
    path,
    etag,
    headers: {
      'content-type': type,
      'content-length': String(info.size),
      'cache-control': urlPath.startsWith('/_astro/') ? IMMUTABLE : PUBLIC_FILE,
      'last-modified': info.mtime.toUTCString(),
      etag,
      ...SECURITY_HEADERS,
      ...(compressible && { vary: 'Accept-Encoding' }),
    },
  };
}

/** The form of `file` to send to a reader accepting `accept`. */
function form(file: StaticFile, accept: string | undefined): { headers: Record<string, string>; body?: Buffer } {
  const encoding = file.held ? negotiateEncoding(accept) : null;
  if (!encoding) return { headers: file.headers, ...(file.held && { body: file.held.body }) };
  return (file.held!.encoded[encoding] ??= (() => {
    const body = compress(file.held!.body, encoding);
    const headers = {
      ...file.headers,
      'content-encoding': encoding,
      'content-length': String(body.length),
      etag: encodedEtag(file.etag, encoding),
    };
    return { body, headers };
  })());
}

/**
 * Answers a GET or HEAD for one of `files` and returns true; returns false for anything else.
 *
 * @example
 * if (!serveStaticFile(files, req, res)) astroHandler(req, res);
 */
export function serveStaticFile(files: StaticFiles, req: IncomingMessage, res: ServerResponse): boolean {
  if (files.size === 0 || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const file = files.get(pathOf(req.url ?? '/'));
  if (!file) return false;
  const sent = form(file, req.headers['accept-encoding']);
  const preconditions = {
    method: req.method,
    ifNoneMatch: req.headers['if-none-match'],
    ifModifiedSince: req.headers['if-modified-since'],
  };
  if (notModified(preconditions, { etag: sent.headers.etag, lastModified: file.headers['last-modified'] })) {
    const vary = file.headers.vary ? { vary: file.headers.vary } : {};
    res.writeHead(304, {
      etag: sent.headers.etag,
      'last-modified': file.headers['last-modified']!,
      'cache-control': file.headers['cache-control']!,
      ...vary,
    });
    res.end();
    return true;
  }
  res.writeHead(200, sent.headers);
  if (req.method === 'HEAD' || sent.body) {
    res.end(req.method === 'HEAD' ? undefined : sent.body);
    return true;
  }
  createReadStream(file.path)
    .on('error', () => res.destroy())
    .pipe(res);
  return true;
}

function pathOf(url: string): string {
  const query = url.indexOf('?');
  const path = query < 0 ? url : url.slice(0, query);
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
