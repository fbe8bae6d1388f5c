/**
 * @module
 * Article files on disk: finding them (folders recursively) and reading them into `ArticleInput`
 * with the model's importers (`.txt` plain text, `.md` Markdown with YAML front matter).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { type ArticleInput, decodeText, parseMarkdown, parseText } from '@dateline/model';
import { formatPath } from '../lib/format-path.ts';

/** File extensions the importers read, lower-case. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;

/** A path to import, or why it cannot be. */
export type ArticlePath = { path: string } | { path: string; error: string };

/**
 * The article files named by `paths`: files as given, folders searched recursively for `.txt` and
 * `.md` files (hidden entries skipped), in a stable order. Paths that cannot be read come back
 * with an `error` so the caller can report them and go on.
 *
 * @example
 * for (const entry of await collectArticleFiles(['story.txt', 'archive/'])) console.log(entry.path);
 */
export async function collectArticleFiles(paths: readonly string[]): Promise<ArticlePath[]> {
  const out: ArticlePath[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      out.push({ path, error: describeFailure(err) });
      continue;
    }
    if (!info.isDirectory()) {
      out.push({ path });
      continue;
    }
    const found = await walk(path);
    if (found.length === 0) out.push({ path, error: `no ${ARTICLE_EXTENSIONS.join(' or ')} files in this folder` });
    out.push(...found.map((p) => ({ path: p })));
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile() && isArticleFile(entry.name)) files.push(full);
  }
  return files;
}

function isArticleFile(name: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

/**
 * Reads one article file. Text is decoded as UTF-8, falling back to Windows-1252 for legacy files.
 * Throws the importer's `ImportError` for content that is not an article, and an `Error` for an
 * unsupported extension.
 *
 * @example
 * const input = await readArticleFile('apps/api/samples/01-riverside-path.md');
 */
export async function readArticleFile(path: string): Promise<ArticleInput> {
  const extension = extname(path).toLowerCase();
  if (!isArticleFile(path)) {
    throw new Error(`unsupported file type ${extension || '(no extension)'}: expected ${ARTICLE_EXTENSIONS.join(' or ')}`);
  }
  const text = decodeText(await readFile(path));
  return extension === '.md' ? parseMarkdown(text) : parseText(text);
}

/**
 * One line saying why an import failed: the fields of a validation error, the importer's message,
 * or the system's reason for a file that cannot be read.
 *
 * @example
 * describeFailure(new ImportError('no_body', 'The article has no body.')); // 'The article has no body.'
 */
export function describeFailure(err: unknown): string {
  if (err instanceof Error && err.name === 'ZodError' && 'issues' in err && Array.isArray(err.issues)) {
    const issues = err.issues as { path: PropertyKey[]; message: string }[];
    return `invalid article: ${issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ')}`;
  }
  if (err instanceof Error && 'code' in err && typeof err.code === 'string' && 'syscall' in err) {
    const reasons: Record<string, string> = { ENOENT: 'no such file or folder', EACCES: 'permission denied', EISDIR: 'is a folder' };
    return reasons[err.code] ?? err.message;
  }
  return err instanceof Error ? err.message : String(err);
}
