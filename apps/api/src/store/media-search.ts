/**
 * @module
 * The words of a media library search as LIKE patterns, shared by both databases.
 */

/**
 * One lower-case `%word%` pattern per word of `q`, with LIKE's wildcards escaped by `\`.
 *
 * @example
 * likePatterns('Harbour 50%'); // ['%harbour%', '%50\\%%']
 */
export function likePatterns(q: string | undefined): string[] {
  return (q ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10)
    .map((word) => `%${word.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
}
