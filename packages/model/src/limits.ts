/**
 * @module
 * Sizes the system refuses to go past, in one place so that the API, the CLI and the importers
 * agree on them.
 */

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
