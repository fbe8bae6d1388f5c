/**
 * @module
 * Article files on disk: the format of a file, its bytes, and reading one source file (plain
 * text, Markdown or HTML) into an `ArticleInput` with its format's importer.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type ArticleInput, type ImportWarning, MAX_SOURCE_BYTES } from '@dateline/model';
import { formatPath } from '../lib/format-path.ts';
import { type ArticleFormat, formatOfExtension, type StoryReader } from './import-formats.ts';

/**
 * The format of the file at `path`, from its extension (any case), or undefined for a file the
 * importers do not read. A gzip-compressed file (`page.html.gz`) has the format of what it holds.
 *
 * @example
 * formatOf('archive/2024/Ferry.HTM'); // 'html'
 * formatOf('saved/page.html.gz'); // 'html'
 * formatOf('photo.jpg'); // undefined
 */
export function formatOf(path: string): ArticleFormat | undefined {
  const inner = isGzipped(path) ? path.slice(0, -3) : path;
  return formatOfExtension(extname(inner).toLowerCase());
}

/**
 * Whether `path` names a gzip-compressed file (`.gz`, any case).
 *
 * @example
 * isGzipped('page.html.gz'); // true
 */
export function isGzipped(path: string): boolean {
  return /\.gz$/i.test(path);
}

/** Why a file is not read at all: it is binary, or larger than `MAX_SOURCE_BYTES`. */
export class SourceRefused extends Error {
  override readonly name = 'SourceRefused';
  readonly problem: 'binary' | 'too_large';
  constructor(problem: 'binary' | 'too_large', message: string) {
    super(message);
    this.problem = problem;
  }
}

const MIB = 1024 * 1024;
// Text never holds a NUL byte; images, PDFs, office documents and archives nearly always do early on.
const SNIFF_BYTES = 8192;

/**
 * The bytes of a source file, unpacked when it is gzipped. Throws `SourceRefused` for a file
 * larger than `MAX_SOURCE_BYTES` (before or after unpacking; `limit: false` lifts it, for JSON
 * data files) and for one that is binary rather than text.
 *
 * @example
 * const bytes = readSourceBytes('archive/page.html.gz');
 */
export function readSourceBytes(path: string, options: { limit?: boolean } = {}): Buffer {
  const limit = options.limit === false ? Infinity : MAX_SOURCE_BYTES;
  const tooLarge = () => new SourceRefused('too_large', `too large: over ${MAX_SOURCE_BYTES / MIB} MiB, the most an article file may be`);
  if (statSync(path).size > limit) throw tooLarge();
  let bytes = readFileSync(path);
  if (isGzipped(path)) {
    try {
      bytes = gunzipSync(bytes, Number.isFinite(limit) ? { maxOutputLength: limit } : {});
    } catch (err) {
      if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
      throw new SourceRefused('binary', `not a readable gzip file: ${(err as Error).message}`);
    }
  }
  if (isBinary(bytes)) throw new SourceRefused('binary', 'binary, not text: is it an image, a PDF or an office document?');
  return bytes;
}

function isBinary(bytes: Uint8Array): boolean {
  // UTF-16 text has NUL bytes by nature; its byte-order mark says so.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/**
 * Reads one article written by a person (gzipped or not) with the reader of its format (see
 * `import-formats.ts`): plain text and Markdown are decoded as UTF-8, falling back to
 * Windows-1252 for legacy files; HTML also honours its `<meta charset>`. What the importer passed
 * over (front-matter keys that are no article field) goes to `onWarning`. Throws `SourceRefused`
 * for a binary or oversized file and the importer's `ImportError` for content that is not an
 * article.
 *
 * @example
 * const input = await readArticleFile('apps/api/samples/01-riverside-path.md', storyReader('markdown')!);
 */
export async function readArticleFile(
  path: string,
  reader: StoryReader,
  onWarning?: (warning: ImportWarning) => void,
): Promise<ArticleInput> {
  // Synchronous on purpose: an async read costs four trips to the thread pool (open, stat, read,
  // close), which for an article-sized file takes longer than parsing it, and an import has
  // nothing else to do meanwhile.
  return reader.parse(reader.decode(readSourceBytes(path)), undefined, onWarning);
}

/**
 * One line saying why an import failed: the fields of a validation error, the importer's message,
 * or the system's reason for a file that cannot be read. `what` names the kind of record a
 * validation error is about.
 *
 * @example
 * describeFailure(new ImportError('no_body', 'The article has no body.')); // 'The article has no body.'
 */
export function describeFailure(err: unknown, what = 'article'): string {
  if (err instanceof Error && err.name === 'ZodError' && 'issues' in err && Array.isArray(err.issues)) {
    const issues = err.issues as { path: PropertyKey[]; message: string }[];
    return `invalid ${what}: ${issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ')}`;
  }
  if (err instanceof Error && 'code' in err && typeof err.code === 'string' && 'syscall' in err) {
    const reasons: Record<string, string> = { ENOENT: 'no such file or folder', EACCES: 'permission denied', EISDIR: 'is a folder' };
    return reasons[err.code] ?? err.message;
  }
  return err instanceof Error ? err.message : String(err);
}
