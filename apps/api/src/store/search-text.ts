/**
 * @module
 * The text of an article as both search indexes see it, and the snippet markup. Snippets are
 * marked by the database with two control characters that stored text can never contain (they
 * are removed here before indexing), then escaped and marked up by `renderSnippet`.
 */
import { type Article, blockText } from '@dateline/model/core';

/** Start and end of a match in a snippet the database returns. */
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
const clean = (text: string) => text.replace(CONTROL, ' ');

/**
 * The searchable text of `article`.
 *
 * @example
 * searchText(article).body; // 'Boats came and went…'
 */
export function searchText(article: Pick<Article, 'headline' | 'standfirst' | 'authors' | 'tags' | 'body'>): SearchText {
  return {
    headline: clean(article.headline),
    standfirst: clean(article.standfirst ?? ''),
    people: clean(article.authors.map((a) => a.name).join('\n')),
    tags: clean(article.tags.map((t) => t.name).join('\n')),
    body: clean(article.body.map(blockText).join('\n')),
  };
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
