/**
 * @module
 * Article files on disk: which formats are read, and reading one source file (plain text,
 * Markdown or HTML) into an `ArticleInput` with the model's importers.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { type ArticleInput, checkSourceBytes, checkSourceSize, decodeText, parseHtml, parseMarkdown, parseText } from '@dateline/model';
import { formatPath } from '../lib/format-path.ts';
import { decodeHtml } from './import-decode.ts';

/** The formats `dateline import` reads: articles written by people, and Dateline's own JSON. */
export type ArticleFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

/** File extensions the importers read (lower-case), and their format. */
export const ARTICLE_EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
};

/**
 * The format of the file at `path`, from its extension (any case), or undefined for a file the
 * importers do not read.
 *
 * @example
 * formatOf('archive/2024/Ferry.HTM'); // 'html'
 * formatOf('photo.jpg'); // undefined
 */
export function formatOf(path: string): ArticleFormat | undefined {
  return Object.hasOwn(ARTICLE_EXTENSIONS, extname(path).toLowerCase()) ? ARTICLE_EXTENSIONS[extname(path).toLowerCase()] : undefined;
}

/**
 * Reads one article written by a person: plain text and Markdown are decoded as UTF-8, falling
 * back to Windows-1252 for legacy files; HTML also honours its `<meta charset>`. Throws the
 * importer's `ImportError` for content that is not an article, and an `Error` for a file of
 * another format.
 *
 * @example
 * const input = await readArticleFile('apps/api/samples/01-riverside-path.md');
 */
export async function readArticleFile(path: string): Promise<ArticleInput> {
  const format = formatOf(path);
  if (format !== 'text' && format !== 'markdown' && format !== 'html') {
    throw new Error(`${extname(path) || 'a file without an extension'} is not an article file: expected .txt, .md, .html or .htm`);
  }
  // Synchronous on purpose: an async read costs four trips to the thread pool (open, stat, read,
  // close), which for an article-sized file takes longer than parsing it, and an import has
  // nothing else to do meanwhile.
  // The same limits as the API's: a file too large, or not text at all, is refused unread or unparsed.
  checkSourceSize(statSync(path).size);
  const bytes = readFileSync(path);
  checkSourceBytes(bytes);
  if (format === 'html') return parseHtml(decodeHtml(bytes));
  const text = decodeText(bytes);
  return format === 'markdown' ? parseMarkdown(text) : parseText(text);
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
