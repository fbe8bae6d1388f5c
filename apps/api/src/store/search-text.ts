/**
 * @module
 * The text of an article as both search indexes see it, and the snippet markup. Snippets mark
 * their matches with two control characters that text in a snippet never contains (they are
 * replaced by spaces in it), then `renderSnippet` escapes them and marks them up.
 */
import { type Article, blockText } from '@dateline/model/core';

/** Start and end of a match in a marked snippet. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';
/** Words around the matches in a snippet. */
export const SNIPPET_WORDS = 24;

/** The searchable text of an article, field by field. */
export interface SearchText {
  headline: string;
  standfirst: string;
  /** Author names. */
  people: string;
  /** Tag names. */
  tags: string;
  body: string;
}

// Every control character but tab and newline: the markers above among them.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * The searchable text of `article`, without control characters (see `indexedText`).
 *
 * @example
 * searchText(article).body; // 'Boats came and went…'
 */
export function searchText(article: Pick<Article, 'headline' | 'standfirst' | 'authors' | 'tags' | 'body'>): SearchText {
  const t = indexedText(article);
  const clean = withoutControls;
  return {
    headline: clean(t.headline),
    standfirst: clean(t.standfirst),
    people: clean(t.people),
    tags: clean(t.tags),
    body: clean(t.body),
  };
}

/**
 * The searchable text of `article` as it is, control characters included: enough for an index
 * that reads them as spaces between words, as FTS5 does, and cheaper than `searchText` by a pass
 * over every character.
 *
 * @example
 * indexedText(article).headline; // 'Night ferry returns'
 */
export function indexedText(article: Pick<Article, 'headline' | 'standfirst' | 'authors' | 'tags' | 'body'>): SearchText {
  return {
    headline: article.headline,
    standfirst: article.standfirst ?? '',
    people: article.authors.map((a) => a.name).join('\n'),
    tags: article.tags.map((t) => t.name).join('\n'),
    body: bodyText(article.body),
  };
}

/**
 * The searchable text of an article's body, a line a block, control characters included.
 *
 * @example
 * bodyText([{ type: 'paragraph', content: [{ type: 'text', text: 'Boats came and went.' }] }]); // 'Boats came and went.'
 */
export function bodyText(body: Article['body']): string {
  return body.map(blockText).join('\n');
}

/**
 * `text` with every control character but tab and newline replaced by a space: the snippet
 * markers among them.
 *
 * @example
 * withoutControls('a\u0002b'); // 'a b'
 */
export function withoutControls(text: string): string {
  return text.replace(CONTROL, ' ');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The HTML of a snippet the database marked with `MATCH_START`/`MATCH_END`: everything escaped,
 * the marked spans inside `<mark>`. Unbalanced markers are dropped.
 *
 * @example
 * renderSnippet('a <b> \u0002ferry\u0003'); // 'a &lt;b&gt; <mark>ferry</mark>'
 */
export function renderSnippet(marked: string): string {
  let html = '';
  let open = false;
  for (const part of marked.split(/([\u0002\u0003])/)) {
    if (part === MATCH_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === MATCH_END) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += part.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
    }
  }
  return open ? `${html}</mark>` : html;
}
