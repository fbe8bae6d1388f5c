/**
 * @module
 * Short previews of an article for listings and meta descriptions.
 */

/**
 * `text` with its whitespace collapsed, cut at a word boundary so that it is at most `maxLength`
 * characters including a trailing ellipsis. Text that already fits is returned unchanged apart
 * from whitespace.
 *
 * @example
 * truncateAtWord('The river path reopened on Monday after repairs.', 30); // 'The river path reopened on…'
 */
export function truncateAtWord(text: string, maxLength = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const room = clean.slice(0, Math.max(1, maxLength - 1) + 1);
  const space = room.lastIndexOf(' ');
  const cut = space > 0 ? room.slice(0, space) : room.slice(0, Math.max(1, maxLength - 1));
  // Trailing punctuation before an ellipsis reads badly ("said,…"), so it goes.
  return cut.replace(/[\s,;:.\-–—]+$/u, '') + '…';
}
