/**
 * @module
 * Snippets of a body made in the process from its stored text, for the few hits of a page: FTS5's
 * `snippet()` re-reads and re-tokenises the whole body of every hit inside the query, which cost
 * more than finding and ranking the hits. Words are read as the index reads them (see
 * search-analysis.ts), so the words marked are the
 * ones the search matched: whole words and phrases, and words starting with a prefix. Only the
 * part of a body around its first matches is read word by word (see `region`).
 */
import type { SearchTerm } from './search-query.ts';
import { MATCH_END, MATCH_START, SNIPPET_WORDS, withoutControls } from './search-text.ts';
import { indexKey } from './search-analysis.ts';
import { bodyTokens, LEAD_SLACK, type Token, wordLead } from './snippet-words.ts';

const WORD_AT = /[A-Za-z0-9]+/y;
const ASCII = /^[\x00-\x7f]*$/;
const SENTENCE_END = /[.!?\n]/;
const key = indexKey;

interface Match {
  first: number;
  last: number;
  term: number;
}

/** Token spans [first, last] that match a term, with the term's index, in text order. */
function matches(tokens: Token[], terms: readonly SearchTerm[]): Match[] {
  const wanted = terms.map((t) => (t.kind === 'phrase' ? t.words.map(key) : [key(t.word)]));
  const found: Match[] = [];
  // Most words are not keyed (see `bodyTokens`), and only a term keyed '' could match them.
  const unkeyed = wanted.some((words) => words[0] === '');
  for (let i = 0; i < tokens.length; i += 1) {
    const here = tokens[i]!.key;
    if (here === '' && !unkeyed) continue;
    for (let t = 0; t < terms.length; t += 1) {
      const words = wanted[t]!;
      if (terms[t]!.kind === 'prefix' ? here.startsWith(words[0]!) : here === words[0] && words.every((w, j) => tokens[i + j]?.key === w)) {
        found.push({ first: i, last: i + words.length - 1, term: t });
      }
    }
  }
  return found;
}

/** The start of the best window: most distinct terms, then most matches, starting a sentence if one fits. */
function bestStart(text: string, tokens: Token[], found: Match[], before: boolean): number {
  const startsSentence = (i: number) =>
    i === 0
      ? !before || SENTENCE_END.test(text.slice(text.slice(0, tokens[0]!.start).search(/[A-Za-z0-9][^A-Za-z0-9]*$/) + 1, tokens[0]!.start))
      : SENTENCE_END.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  const starts = new Set<number>();
  for (const m of found) {
    let start = Math.max(0, m.first - 4);
    for (let s = m.first; s >= 0 && m.last - s < SNIPPET_WORDS; s -= 1) {
      if (startsSentence(s)) {
        start = s;
        break;
      }
    }
    starts.add(start);
  }
  let best = { start: 0, score: -1 };
  let from = 0;
  for (const start of [...starts].sort((a, b) => a - b)) {
    while (found[from]!.first < start) from += 1;
    const terms = new Set<number>();
    let count = 0;
    for (let i = from; i < found.length && found[i]!.first < start + SNIPPET_WORDS; i += 1) {
      if (found[i]!.last >= start + SNIPPET_WORDS) continue;
      terms.add(found[i]!.term);
      count += 1;
    }
    const score = terms.size * 1000 + count;
    if (score > best.score) best = { start, score };
  }
  return best.start;
}

/**
 * About `SNIPPET_WORDS` words of `body` around its best matches of `terms`, the matches between
 * `MATCH_START` and `MATCH_END` (as `renderSnippet` expects), with `…` where text was cut; the
 * start of the body when no word of it matched (the article matched elsewhere).
 *
 * @example
 * markSnippet('The night ferry sailed.', [{ kind: 'word', word: 'ferries' }]); // 'The night \u0002ferry\u0003 sailed.'
 */
export function markSnippet(body: string, terms: readonly SearchTerm[]): string {
  const stems = terms.flatMap((t) => (t.kind === 'phrase' ? t.words : [t.word])).map(key);
  const leads = stems.map((stem) => stem.slice(0, -LEAD_SLACK));
  const ascii = ASCII.test(body);
  const firsts = terms.map((t) => ({ key: key(t.kind === 'phrase' ? t.words[0]! : t.word), prefix: t.kind === 'prefix' }));
  const opens = (word: string) => firsts.some((f) => (f.prefix ? key(word).startsWith(f.key) : key(word) === f.key));
  const [from, to] = ascii ? region(body, leads, opens) : [0, body.length];
  const { tokens, past } = bodyTokens(body, from, to, stems.map(wordLead));
  if (tokens.length === 0) return '';
  const before = from > 0 && /[\p{L}\p{N}]/u.test(body.slice(0, from));
  const found = matches(tokens, terms);
  const start = found.length === 0 ? 0 : bestStart(body, tokens, found, before);
  const end = Math.min(tokens.length, start + SNIPPET_WORDS);
  const marked = new Map<number, number>();
  for (const m of found) {
    if (m.first >= start && m.last < end && !marked.has(m.first)) marked.set(m.first, m.last);
  }
  // The body may hold any character; what the snippet shows of it holds no marker.
  const text = (a: number, b: number) => withoutControls(body.slice(a, b));
  let out = start > 0 || before ? '…' : '';
  let at = tokens[start]!.start;
  for (let i = start; i < end; i += 1) {
    const last = marked.get(i);
    if (last === undefined) continue;
    out += `${text(at, tokens[i]!.start)}${MATCH_START}${text(tokens[i]!.start, tokens[last]!.end)}${MATCH_END}`;
    at = tokens[last]!.end;
    i = last;
  }
  const more = end < tokens.length || past > SNIPPET_WORDS;
  out += text(at, Math.max(at, more ? tokens[end - 1]!.end : body.length));
  return (more ? `${out}…` : out).trim();
}

/** Characters either side of the first and last candidates read: more than a window of words. */
const REACH = 400;
/** Candidates a window is chosen among, on the first of them: a word most articles use may occur dozens of times. */
const CANDIDATES = 8;

/**
 * The part of an ASCII `body` worth reading word by word: around its first candidates (words
 * that match a term, or start a phrase, found by their leads), or its start when there is none.
 * The whole body when a lead is empty (a stem of three letters or fewer, which any word may have).
 */
function region(body: string, leads: readonly string[], opens: (word: string) => boolean): [number, number] {
  if (leads.some((lead) => lead === '')) return [0, body.length];
  const escaped = leads.map((lead) => lead.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const candidate = new RegExp(`(?<![A-Za-z0-9])(?:${escaped.join('|')})`, 'gi');
  const hits: number[] = [];
  for (let m = candidate.exec(body); m !== null && hits.length < CANDIDATES; m = candidate.exec(body)) {
    WORD_AT.lastIndex = m.index;
    if (opens(WORD_AT.exec(body)![0])) hits.push(m.index);
  }
  if (hits.length === 0) return [0, 0];
  let from = Math.max(0, hits[0]! - REACH);
  while (from > 0 && /[A-Za-z0-9]/.test(body[from - 1]!)) from -= 1;
  return [from, Math.min(body.length, hits.at(-1)! + REACH)];
}
