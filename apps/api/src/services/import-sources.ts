/**
 * @module
 * What an import reads: the files, folders and glob patterns on the command line, expanded into
 * one ordered list of files, with what was skipped and what could not be found.
 */
import { glob, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { describeFailure, formatOf } from './article-files.ts';
import { type ArticleFormat, extensionList } from './import-formats.ts';

/** A file to import, a file passed over, or an argument that names nothing importable. */
export type ImportSource =
  | { kind: 'file'; path: string; format: ArticleFormat }
  | { kind: 'skipped'; path: string; reason: string }
  | { kind: 'missing'; path: string; reason: string };

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * The files named by `args` (relative to `cwd`): files as given, folders searched recursively,
 * and glob patterns (`archive/**\/*.md`, `news/2024-*`) expanded, each file once, in a stable
 * order. Hidden files and folders inside folders are left out, as shells leave them out of
 * globs. Files of other types come back `skipped`; an argument that matches nothing, or a folder
 * with nothing to import, comes back `missing` with the reason.
 *
 * @example
 * const sources = await collectSources(['story.txt', 'archive/', 'pages/*.html'], process.cwd());
 * const files = sources.filter((s) => s.kind === 'file');
 */
export async function collectSources(args: readonly string[], cwd: string): Promise<ImportSource[]> {
  const out: ImportSource[] = [];
  const seen = new Set<string>();
  const add = (source: ImportSource) => {
    if (seen.has(source.path)) return;
    seen.add(source.path);
    out.push(source);
  };
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch((err: unknown) => err as Error);
    if (!(info instanceof Error)) {
      await addPath(path, info.isDirectory(), add);
      continue;
    }
    if (!GLOB_CHARS.test(arg)) {
      add({ kind: 'missing', path, reason: describeFailure(info) });
      continue;
    }
    const matches: { path: string; folder: boolean }[] = [];
    for await (const entry of glob(arg, { cwd, withFileTypes: true })) {
      matches.push({ path: join(entry.parentPath, entry.name), folder: entry.isDirectory() });
    }
    if (matches.length === 0) add({ kind: 'missing', path: arg, reason: 'no files match this pattern' });
    for (const match of matches.sort((a, b) => compare(a.path, b.path))) await addPath(match.path, match.folder, add);
  }
  return out;
}

async function addPath(path: string, folder: boolean, add: (source: ImportSource) => void): Promise<void> {
  if (!folder) {
    add(fileSource(path));
    return;
  }
  const found = await walk(path);
  if (!found.some((s) => s.kind === 'file')) {
    add({ kind: 'missing', path, reason: `no ${extensionList()} files in this folder` });
  }
  for (const source of found) add(source);
}

function fileSource(path: string): ImportSource {
  const format = formatOf(path);
  if (format) return { kind: 'file', path, format };
  const extension = extname(path).toLowerCase();
  return { kind: 'skipped', path, reason: extension ? `unsupported file type ${extension}` : 'no file extension' };
}

async function walk(dir: string): Promise<ImportSource[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => compare(a.name, b.name));
  const found: ImportSource[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(full)));
    else if (entry.isFile()) found.push(fileSource(full));
  }
  return found;
}

/** Plain code-unit order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
