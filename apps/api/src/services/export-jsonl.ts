/**
 * @module
 * Writes the whole database as a Dateline export (JSON Lines, see `export-format.ts`), streaming:
 * records go out as the store reads them, and writing waits whenever the output is full.
 */
import { once } from 'node:events';
import type { Store } from '../store/store.ts';
import { exportHeaderLine, exportLine } from './export-format.ts';

/** How many records an export wrote. */
export interface ExportCounts {
  articles: number;
  comments: number;
}

/** Lines are gathered into chunks of about this many characters before each write. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Writes every article and comment in `store` to `out`, header first. Leaves `out` open (it may
 * be standard output); rejects with the stream's error if writing fails.
 *
 * @example
 * const file = createWriteStream('backup.jsonl');
 * const counts = await writeExport(store, file);
 * file.end();
 */
export async function writeExport(store: Store, out: NodeJS.WritableStream, options: { now?: Date } = {}): Promise<ExportCounts> {
  let failure: unknown;
  const onError = (err: unknown) => {
    failure ??= err;
  };
  out.on('error', onError);
  const counts: ExportCounts = { articles: 0, comments: 0 };
  let chunk = `${exportHeaderLine(options.now ?? new Date())}\n`;
  const send = async () => {
    if (failure !== undefined) throw failure;
    const full = !out.write(chunk);
    chunk = '';
    // `once` rejects if the stream fails while we wait.
    if (full) await once(out, 'drain');
    if (failure !== undefined) throw failure;
  };
  try {
    // A few dozen at most: read once, and given to their articles as those go out.
    const pins = new Map((await store.listFrontPagePins()).map((pin) => [pin.slug, pin]));
    for await (const item of store.exportAll()) {
      counts[item.type === 'article' ? 'articles' : 'comments'] += 1;
      chunk += `${exportLine(item, item.type === 'article' ? pins.get(item.article.slug) : undefined)}\n`;
      if (chunk.length >= CHUNK_CHARS) await send();
    }
    await send();
    return counts;
  } finally {
    out.off('error', onError);
  }
}
