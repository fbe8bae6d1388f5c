/**
 * @module
 * The limits on what Dateline accepts as an article, in one place. The API and `dateline import`
 * enforce the same ones, so a file that imports also posts and the other way round. Each bounds
 * the work one input can cause: every parser and the entity finder is linear, or stops at one of
 * these, in the size and nesting depth of what it reads. The README's "Limits" section lists them.
 */

/** The largest article write the API reads (JSON, Markdown, plain text or HTML). */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The largest source file (a text, Markdown or HTML article, after unpacking a `.gz`) an import
 * reads: 16 MiB. Real article pages are well under 2 MB even with inline styles and scripts;
 * anything larger is a dump, a media file or a mistake, and reading it whole would take memory
 * for nothing.
 *
 * @example
 * if (size > MAX_SOURCE_BYTES) refuse('too large');
 */
export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

/** The most characters of text an article may have (its Markdown or plain-text source, or its body's text). */
export const MAX_TEXT_CHARS = 1_000_000;

/** The most lines a plain-text or Markdown source may have. */
export const MAX_LINES = 50_000;

/** The most blocks an article body may have. */
export const MAX_BLOCKS = 10_000;

/** The deepest nesting accepted: HTML elements, Markdown quotes and lists, JSON objects and arrays. */
export const MAX_NESTING_DEPTH = 200;

/**
 * The most emphasis markers (`*`, `_`) and, separately, link brackets (`[`, `]`) a Markdown source
 * may have. Matching them costs time that grows with the square of their number; 5,000 of either
 * takes a fraction of a second, and an article uses a few hundred at most.
 */
export const MAX_MARKDOWN_MARKERS = 5_000;

/** The longest an API process spends parsing or enriching one article before it gives up with a 422. */
export const PARSE_TIME_LIMIT_MS = 5_000;
