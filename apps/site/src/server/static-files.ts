/**
 * @module
 * The built client files (dist/client): listed once at start, so a request for anything else
 * costs one map lookup and never touches the disk, and no path a reader sends can reach a file
 * outside the folder. Astro's hashed assets (`/_astro/`) never change under one name and are
 * cached for a year; other public files for an hour.
 */
import { createReadStream, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { matchesEtag } from './cache-rules.ts';

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
    files.set(urlPath, describe(path, urlPath, info));
  }
  return files;
}

function describe(path: string, urlPath: string, info: Stats): StaticFile {
  const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
  return {
    path,
    etag,
    headers: {
      'content-type': TYPES[extname(urlPath).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(info.size),
      'cache-control': urlPath.startsWith('/_astro/') ? IMMUTABLE : PUBLIC_FILE,
      'last-modified': info.mtime.toUTCString(),
      etag,
      'x-content-type-options': 'nosniff',
    },
  };
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
  if (matchesEtag(req.headers['if-none-match'], file.etag)) {
    res.writeHead(304, { etag: file.etag, 'cache-control': file.headers['cache-control']! });
    res.end();
    return true;
  }
  res.writeHead(200, file.headers);
  if (req.method === 'HEAD') {
    res.end();
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
