/**
 * @module
 * The records one file holds: a single article for text, Markdown and HTML; one or many for
 * JSON; a whole export for JSON Lines, read line by line so that a file of any size streams.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { Article, type ArticleInput, decodeText, type ImportWarning, isImportError } from '@dateline/model';
import type { EnrichmentState } from '../store/entity-store.ts';
import type { ExportedComment, KeptCorrection } from '../store/transfer-store.ts';
import type { ArticleEditors, StoredRevision } from '../store/workflow-store.ts';
import { describeFailure, isGzipped, readArticleFile, readSourceBytes, SourceRefused } from './article-files.ts';
import { type ArticleFormat, type RecordsFormat, storyReader } from './import-formats.ts';
import { storyHash } from '../store/story-hash.ts';
import { revisionHash } from './content-hash.ts';
import { ArticleLine, CommentLine, EXPORT_TYPE, EXPORT_VERSION, ExportHeader, type ExportedPin } from './export-format.ts';

/**
 * One thing to store, or why a part of a file cannot be stored. `at` says where in the file it
 * came from (`[2]` in a JSON array, `:14` for a line of JSON Lines), when the file holds several.
 */
export type ImportRecord = { at?: string } & (
  | { kind: 'input'; input: ArticleInput; warnings?: ImportWarning[] | undefined }
  | {
      kind: 'article';
      article: Article;
      contentHash: string;
      revisionHash: string;
      importKey?: string | undefined;
      revisions?: StoredRevision[] | undefined;
      editors?: ArticleEditors | undefined;
      /** Editors' corrections the export kept with it, restored when the import creates it. */
      corrections?: KeptCorrection[] | undefined;
      /** Where the export says it stood on the enrichment queue, restored when the import creates it. */
      enrichment?: EnrichmentState | undefined;
      /** Its pin to the front page in the export, restored when the import creates it. */
      frontPage?: ExportedPin | undefined;
    }
  | { kind: 'comment'; comment: ExportedComment }
  | { kind: 'failed'; reason: string }
  | { kind: 'refused'; problem: RefusalProblem; reason: string }
);

/**
 * Why a file was refused rather than failed: not an article (too little article text), binary,
 * or too large. Nothing is wrong with the import; the file is simply not a story.
 */
export type RefusalProblem = 'not_article' | 'binary' | 'too_large';

/**
 * The records of the file at `path` (gzipped or not). A file that cannot be read or parsed at all
 * yields a single `failed` record, and one that is not a story (binary, too large, a page with
 * too little article text) a single `refused` record; a JSON array or an export yields one
 * record per element or line.
 *
 * @example
 * for await (const record of readRecords('backup.jsonl', 'jsonl')) console.log(record.kind, record.at);
 */
export async function* readRecords(path: string, format: ArticleFormat): AsyncGenerator<ImportRecord> {
  try {
    const story = storyReader(format);
    if (story) {
      const warnings: ImportWarning[] = [];
      const input = await readArticleFile(path, story, (warning) => warnings.push(warning));
      yield { kind: 'input', input, ...(warnings.length > 0 && { warnings }) };
    } else yield* RECORD_READERS[format as RecordsFormat](path);
  } catch (err) {
    if (err instanceof SourceRefused) yield { kind: 'refused', problem: err.problem, reason: err.message };
    else if (isImportError(err, 'not_article')) yield { kind: 'refused', problem: 'not_article', reason: err.message };
    else yield { kind: 'failed', reason: describeFailure(err) };
  }
}

/** The readers of the formats that are not one story per file, one for each in `IMPORT_FORMATS`. */
const RECORD_READERS: Record<RecordsFormat, (path: string) => AsyncIterable<ImportRecord> | Iterable<ImportRecord>> = {
  // Synchronous for the same reason as `readArticleFile`.
  json: (path) => readJson(decodeText(readSourceBytes(path, { limit: false }))),
  jsonl: (path) => readExportLines(path),
};

function* readJson(text: string): Generator<ImportRecord> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    yield { kind: 'failed', reason: `not valid JSON: ${(err as Error).message}` };
    return;
  }
  if (!Array.isArray(value)) {
    yield jsonRecord(value);
    return;
  }
  if (value.length === 0) yield { kind: 'failed', reason: 'the JSON array is empty' };
  for (const [i, element] of value.entries()) yield { ...jsonRecord(element), at: `[${i}]` };
}

/**
 * What a JSON value is: an export line (`{ "type": "article" | "comment", … }`), a stored article
 * (it has an `id`: restored as it was, keeping its id, slug and timestamps), or otherwise an
 * article as a writer supplies it (`ArticleInput`: a new article, or an update of its slug).
 *
 * @example
 * jsonRecord({ headline: 'Ferry returns', body: [...] }); // { kind: 'input', input: {...} }
 */
function jsonRecord(value: unknown): ImportRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'failed', reason: 'expected an article (a JSON object)' };
  }
  const type = (value as { type?: unknown }).type;
  if (type === 'article') {
    const line = ArticleLine.safeParse(value);
    if (!line.success) return { kind: 'failed', reason: describeFailure(line.error) };
    const { contentHash, revisionHash, importKey, revisions, editors } = line.data;
    const article = asGiven(line.data.article, (value as { article: object }).article);
    return {
      kind: 'article',
      article,
      contentHash: contentHash ?? storyHash(article),
      revisionHash: revisionHash ?? articleRevision(article),
      importKey: importKey ?? undefined,
      ...(editors && { editors }),
      ...(revisions && {
        revisions: revisions.map((r, i) => ({
          ...r,
          article: asGiven(r.article, (value as { revisions: { article: object }[] }).revisions[i]!.article),
        })),
      }),
      corrections: line.data.corrections,
      enrichment: line.data.enrichment,
      frontPage: line.data.frontPage,
    };
  }
  if (type === 'comment') {
    const line = CommentLine.safeParse(value);
    return line.success
      ? { kind: 'comment', comment: line.data.comment }
      : { kind: 'failed', reason: describeFailure(line.error, 'comment') };
  }
  if (type === EXPORT_TYPE) return { kind: 'failed', reason: 'an export header may only be the first line of a .jsonl file' };
  if ('id' in value) return jsonRecord({ type: 'article', article: value });
  return { kind: 'input', input: value as ArticleInput };
}

/**
 * The validated article without the optional members that validation filled in from defaults: an
 * export restores what was stored, and a missing member can mean something (no `mentions` means
 * the article has not been enriched yet, unlike `mentions: []`). Required members keep theirs.
 */
function asGiven(article: Article, given: object): Article {
  const shape = Article.shape as Record<string, { _zod: { optout?: string } }>;
  const filled = (key: string) => !Object.hasOwn(given, key) && shape[key]?._zod.optout === 'optional';
  return Object.fromEntries(Object.entries(article).filter(([key]) => !filled(key))) as Article;
}

/** The revision hash of a stored article, as if everything it says had been supplied. */
function articleRevision(article: Article): string {
  return revisionHash({ ...article, publishedAt: article.publishedAt ?? undefined });
}

async function* readExportLines(path: string): AsyncGenerator<ImportRecord> {
  const file = createReadStream(path);
  const input = isGzipped(path) ? file.pipe(createGunzip()) : file;
  input.setEncoding('utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  let header = false;
  try {
    for await (const raw of lines) {
      number += 1;
      const line = number === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        if (!header) throw new Error(`not a Dateline export: the first line is not JSON (${(err as Error).message})`);
        yield { kind: 'failed', reason: `not valid JSON: ${(err as Error).message}`, at: `:${number}` };
        continue;
      }
      if (!header) {
        checkHeader(value);
        header = true;
        continue;
      }
      yield { ...jsonRecord(value), at: `:${number}` };
    }
  } finally {
    lines.close();
  }
  if (!header) throw new Error('the file is empty: expected a Dateline export');
}

function checkHeader(value: unknown): void {
  const header = ExportHeader.safeParse(value);
  if (!header.success) {
    throw new Error(`not a Dateline export: the first line must be {"type":"${EXPORT_TYPE}","version":${EXPORT_VERSION},"exportedAt":…}`);
  }
  if (header.data.version > EXPORT_VERSION) {
    throw new Error(`export format version ${header.data.version} is newer than this program reads (${EXPORT_VERSION}); upgrade Dateline`);
  }
}
