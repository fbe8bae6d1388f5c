/**
 * @module
 * The work done on untrusted input off the API's event loop: parsing an article sent as text,
 * Markdown or HTML, and finding its people, places, organisations and quotations. Run by
 * `untrusted-worker.ts` in a worker thread; listed here once for both sides.
 */
import { type Article, type ArticleInput, type Enrichment, enrich, type ImportWarning } from '@dateline/model';
import { readerOfMediaType, type TextFormat } from '../import-formats.ts';

/** An article parsed from a text body, with what its importer passed over. */
export interface ParsedText {
  input: ArticleInput;
  warnings: ImportWarning[];
}

/** The tasks, each a pure function of structured-clonable arguments. */
export const TASKS = {
  parse: (format: TextFormat, text: string, url: string | undefined): ParsedText => {
    const warnings: ImportWarning[] = [];
    const input = readerOfMediaType(format).parse(text, url, (warning) => warnings.push(warning));
    return { input, warnings };
  },
  enrich: (article: Pick<Article, 'headline' | 'standfirst' | 'body'>): Enrichment => enrich(article),
} as const;

export type TaskName = keyof typeof TASKS;
export type TaskArgs<K extends TaskName> = Parameters<(typeof TASKS)[K]>;
export type TaskResult<K extends TaskName> = ReturnType<(typeof TASKS)[K]>;

/** A task sent to a worker. */
export interface TaskMessage {
  id: number;
  task: TaskName;
  args: unknown[];
}

/** A worker's answer: the result, or the import error or other failure it threw. */
export type TaskReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; importError: { code: string; message: string; field: string | undefined } }
  | { id: number; ok: false; message: string };
