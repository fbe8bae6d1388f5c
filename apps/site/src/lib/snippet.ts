/**
 * @module
 * Search snippets as text. The API sends a snippet as HTML: matches inside `<mark>…</mark>`,
 * everything else escaped. Rather than trust that and insert it as HTML, the site splits it on
 * the mark tags and decodes the text itself; the page renders each part as a text node, so
 * whatever the API sends, nothing in it can become markup.
 */

/** A run of snippet text, highlighted when it matched the search. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * `text` with HTML character references decoded: the named ones an escaper emits and every
 * numeric one. Anything else is left as it is.
 *
 * @example
 * decodeEntities('Fish &amp; chips &#8211; &lt;b&gt;'); // 'Fish & chips – <b>'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    // Not a character (beyond Unicode, a lone surrogate or NUL): keep what was sent.
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The parts of an API snippet, in order, with adjacent runs of the same kind merged and empty
 * ones dropped. Any other tag in the snippet stays as literal text.
 *
 * @example
 * snippetParts('The <mark>ferry</mark> &amp; the pier');
 * // [{ text: 'The ', mark: false }, { text: 'ferry', mark: true }, { text: ' & the pier', mark: false }]
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let mark = false;
  for (const piece of snippet.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else if (piece !== '') {
      const text = decodeEntities(piece);
      const last = parts.at(-1);
      if (last?.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}
