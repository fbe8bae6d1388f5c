/**
 * @module
 * The work done on untrusted input off the API's event loop: parsing an article sent as text,
 * Markdown or HTML, and finding its people, places, organisations and quotations. Run by
 * `untrusted-worker.ts` in a worker thread; listed here once for both sides.
 */
import { type Article, type ArticleInput, type Enrichment, enrich, parseHtml, parseMarkdown, parseText } from '@dateline/model';

/** The tasks, each a pure function of structured-clonable arguments. */
export const TASKS = {
  parse: (format: 'text/markdown' | 'text/plain' | 'text/html', text: string, url: string | undefined): ArticleInput => {
    if (format === 'text/markdown') return parseMarkdown(text);
    if (format === 'text/html') return parseHtml(text, url === undefined ? {} : { url });
    return parseText(text);
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
