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
import { type BodyCharacters, bodyCharacters, bodyTokens, LEAD_SLACK, type Token, wordLead } from './snippet-words.ts';

const WORD_AT = /[A-Za-z0-9]+/y;
const SENTENCE_END = /[.!?\n]/;
const key = indexKey;

interface Match {
  first: number;
  last: number;
  term: number;
}

/** What a search's terms ask of a body, worked out once for all of its hits. */
interface Wanted {
  terms: readonly SearchTerm[];
  /** The keys of each term's words. */
  keys: string[][];
  /** What a word must start with to match a term (see `wordLead`), one per word of the terms. */
  leads: string[];
  /** Whether the region may be read as it is, without checking it gives what the whole body does. */
  regionAsIs: boolean;
  /** Words that start with a lead, as they start (see `region`). */
  candidate: RegExp;
  /** Whether a word matches a term or starts a phrase. */
  opens: (word: string) => boolean;
}

/** Token spans [first, last] that match a term, with the term's index, in text order. */
function matches(tokens: Token[], { terms, keys: wanted }: Wanted): Match[] {
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
  return snippetMarker(terms)(body);
}

/**
 * `markSnippet` for many bodies and the same `terms`: what the terms ask is worked out once (keys,
 * leads, the scan for candidates), not once a hit.
 *
 * @example
 * const mark = snippetMarker(parseSearchQuery('ferries'));
 * rows.map((row) => mark(row.body));
 */
export function snippetMarker(terms: readonly SearchTerm[]): (body: string) => string {
  const stems = terms.flatMap((t) => (t.kind === 'phrase' ? t.words : [t.word])).map(key);
  const leads = stems.map(wordLead);
  const firsts = terms.map((t) => ({ key: key(t.kind === 'phrase' ? t.words[0]! : t.word), prefix: t.kind === 'prefix' }));
  const escaped = leads.map((lead) => lead.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const wanted: Wanted = {
    terms,
    keys: terms.map((t) => (t.kind === 'phrase' ? t.words.map(key) : [key(t.word)])),
    leads,
    // As ASCII bodies have always been read (a stem of three letters or fewer read them whole).
    regionAsIs: stems.every((stem) => stem.length > LEAD_SLACK),
    candidate: new RegExp(`(?<![A-Za-z0-9])(?:${escaped.join('|')})`, 'gi'),
    opens: (word) => firsts.some((f) => (f.prefix ? key(word).startsWith(f.key) : key(word) === f.key)),
  };
  const phrasesFit = terms.every((t) => t.kind !== 'phrase' || t.words.length <= SNIPPET_WORDS);
  return (body) => markBody(body, wanted, phrasesFit);
}

/** The words of `body` read from `from` (see `bodyTokens`), with their matches. */
function readWords(body: string, from: number, to: number, wanted: Wanted, characters: BodyCharacters) {
  const { tokens, past } = bodyTokens(body, from, to, wanted.leads, characters);
  const before = from > 0 && /[\p{L}\p{N}]/u.test(body.slice(0, from));
  return { tokens, past, before, found: matches(tokens, wanted) };
}

/** `markSnippet` of `body` for what a search wants. */
function markBody(body: string, wanted: Wanted, phrasesFit: boolean): string {
  const characters = bodyCharacters(body);
  let words: ReturnType<typeof readWords> | null = null;
  if (characters === 'ascii' && wanted.regionAsIs) {
    const { from, to } = region(body, wanted);
    words = readWords(body, from, to, wanted, characters);
  } else if (characters !== 'unicode' && phrasesFit) {
    // Other bodies have always been read whole, and their snippets stay as they were: the region
    // is read only when it gives the same one, when it holds every word that starts a match and
    // at least a window of words before the first (so no window is cut short at its start).
    const { from, to, complete } = region(body, wanted);
    const tried = complete ? readWords(body, from, to, wanted, characters) : null;
    if (tried && (!tried.before || (tried.found[0]?.first ?? -1) >= SNIPPET_WORDS)) words = tried;
  }
  const { tokens, past, before, found } = words ?? readWords(body, 0, body.length, wanted, characters);
  if (tokens.length === 0) return '';
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

/** The part of a body read word by word, and whether every candidate of the body is in it. */
interface Region {
  from: number;
  to: number;
  complete: boolean;
}

/**
 * The part of a `body` of ASCII words worth reading word by word: around its first candidates
 * (words that match a term, or start a phrase, found by their leads), or its start when there is
 * none. `complete` when no candidate of the body lies past those.
 */
function region(body: string, { candidate, opens }: Wanted): Region {
  candidate.lastIndex = 0;
  const hits: number[] = [];
  let m = candidate.exec(body);
  for (; m !== null && hits.length < CANDIDATES; m = candidate.exec(body)) {
    WORD_AT.lastIndex = m.index;
    if (opens(WORD_AT.exec(body)![0])) hits.push(m.index);
  }
  if (hits.length === 0) return { from: 0, to: 0, complete: m === null };
  let from = Math.max(0, hits[0]! - REACH);
  while (from > 0 && /[A-Za-z0-9]/.test(body[from - 1]!)) from -= 1;
  return { from, to: Math.min(body.length, hits.at(-1)! + REACH), complete: m === null };
}
