/**
 * @module
 * What the clipboard holds, and how it is read: HTML from another page, Word or Google Docs and
 * Markdown go to the desk server's importer; a copy from this editor and plain prose are
 * ProseMirror's own business.
 */

/** How to read a paste. */
export type PasteRoute = { kind: 'html'; text: string } | { kind: 'markdown'; text: string } | { kind: 'editor' };

// A line that starts like Markdown structure, or inline Markdown that plain prose seldom has.
const MARKDOWN =
  /(^|\n)\s{0,3}(#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>\s?|!\[)|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\)|(^|\s)_[^_\n]+_(\s|$)|`[^`\n]+`/;

/**
 * Where a paste goes, from the clipboard's HTML and plain text.
 *
 * @example
 * pasteRoute('', '## Next\n\nText'); // { kind: 'markdown', text: '## Next\n\nText' }
 * pasteRoute('<p data-pm-slice="1 1 []">x</p>', 'x'); // { kind: 'editor' }
 */
export function pasteRoute(html: string, text: string): PasteRoute {
  if (html.trim()) {
    // A copy from a ProseMirror editor (this one) keeps its own structure.
    if (html.includes('data-pm-slice')) return { kind: 'editor' };
    return { kind: 'html', text: html };
  }
  if (text && MARKDOWN.test(text)) return { kind: 'markdown', text };
  return { kind: 'editor' };
}
