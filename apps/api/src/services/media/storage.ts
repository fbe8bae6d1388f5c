/**
 * @module
 * Where the files of pictures are kept, behind four calls so that a newsroom can move them from
 * a local folder to S3-compatible object storage by writing one more implementation (see
 * docs/decisions/013-media.md). Keys are `<hash>/<name>`, written once and never changed.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

/**
 * A place for immutable files.
 *
 * @example
 * await storage.put('ab…/640.webp', bytes);
 * const back = await storage.get('ab…/640.webp');
 */
export interface MediaStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The file, or null when there is none. */
  get(key: string): Promise<Uint8Array | null>;
  /** Deletes every file whose key starts with `prefix/` (a picture's renditions); nothing when none. */
  delete(prefix: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

const KEY = /^[0-9a-f]{64}(?:\/[a-z0-9]+\.[a-z0-9]+)?$/;

function checked(key: string): string {
  // Keys come from our own code, but a path must never leave the folder whatever it is given.
  if (!KEY.test(key)) throw new Error(`Not a media key: ${JSON.stringify(key)}`);
  return key;
}

/**
 * Files in `dir`, one folder per picture. A file is written under a temporary name and renamed,
 * so a reader never sees half of one.
 *
 * @example
 * const storage = localMediaStorage('/var/lib/dateline/media');
 */
export function localMediaStorage(dir: string): MediaStorage {
  const root = resolve(dir);
  const path = (key: string) => {
    const full = join(root, ...checked(key).split('/'));
    if (!full.startsWith(root + sep)) throw new Error(`Not a media key: ${JSON.stringify(key)}`);
    return full;
  };
  return {
    put: async (key, bytes) => {
      const file = path(key);
      await mkdir(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, file);
    },
    get: async (key) => {
      try {
        return await readFile(path(key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    delete: async (prefix) => {
      await rm(path(prefix), { recursive: true, force: true });
    },
    exists: async (key) => {
      try {
        return (await stat(path(key))).isFile();
      } catch {
        return false;
      }
    },
  };
}
