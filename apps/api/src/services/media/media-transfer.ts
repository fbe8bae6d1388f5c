/**
 * @module
 * Media in backups: `dateline export --output news.jsonl` writes the library beside the file, in
 * a companion folder `news.media/` (`media.jsonl`, one record a line, and a folder of files per
 * picture, as the storage keeps them); `dateline import news.jsonl` restores it when the folder
 * is there. Records and files are restored as they were: nothing is decoded again.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { MEDIA_TYPES, type MediaRecord, type Store } from '../../store/store.ts';
import { isRenditionName, mediaView } from './media.ts';
import type { MediaStorage } from './storage.ts';

/** The most pictures an export holds; far beyond any newsroom's library. */
const ALL = 10_000_000;

const Record = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  type: z.enum(MEDIA_TYPES),
  width: z.int().positive(),
  height: z.int().positive(),
  bytes: z.int().nonnegative(),
  alt: z.string(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

/**
 * The companion folder of an export file.
 *
 * @example
 * mediaFolderOf('/backups/news.jsonl'); // '/backups/news.media'
 */
export function mediaFolderOf(exportFile: string): string {
  return `${exportFile.replace(/\.jsonl$/i, '')}.media`;
}

/** The file names a picture has in storage. */
function namesOf(record: MediaRecord): string[] {
  return [...new Set(mediaView(record).renditions.map((r) => r.url.slice(r.url.lastIndexOf('/') + 1))), 'share.jpg'];
}

/**
 * Writes every picture's record and files into `folder`; how many pictures. Nothing is written
 * when the library is empty.
 *
 * @example
 * await exportMedia(store, storage, mediaFolderOf(output));
 */
export async function exportMedia(store: Store, storage: MediaStorage, folder: string): Promise<number> {
  const records = await store.listMedia({ limit: ALL });
  if (records.length === 0) return 0;
  await mkdir(folder, { recursive: true });
  for (const record of records) {
    await mkdir(join(folder, record.id), { recursive: true });
    for (const name of namesOf(record)) {
      const bytes = await storage.get(`${record.id}/${name}`);
      if (bytes) await writeFile(join(folder, record.id, name), bytes);
    }
  }
  await writeFile(join(folder, 'media.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return records.length;
}

/**
 * Restores the pictures of an export's companion `folder` into `storage` and the store: their
 * files first, then their records (a picture already kept is left as it is). How many records
 * were read, and the lines that could not be.
 *
 * @example
 * await importMedia(store, storage, mediaFolderOf('/backups/news.jsonl'));
 */
export async function importMedia(store: Store, storage: MediaStorage, folder: string): Promise<{ pictures: number; failures: string[] }> {
  const list = join(folder, 'media.jsonl');
  if (!(await stat(list).catch(() => null))?.isFile()) return { pictures: 0, failures: [] };
  const failures: string[] = [];
  let pictures = 0;
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(list), crlfDelay: Infinity })) {
    line += 1;
    if (text.trim() === '') continue;
    let record: MediaRecord;
    try {
      record = Record.parse(JSON.parse(text));
    } catch (err) {
      failures.push(`${list}:${line}: not a media record (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
      continue;
    }
    for (const name of namesOf(record)) {
      if (!isRenditionName(name)) continue;
      const bytes = await readFile(join(folder, record.id, name)).catch(() => null);
      if (bytes) await storage.put(`${record.id}/${name}`, bytes);
    }
    await store.createMedia(record);
    pictures += 1;
  }
  return { pictures, failures };
}
