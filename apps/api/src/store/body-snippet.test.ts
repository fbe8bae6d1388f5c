/**
 * @module
 * Tests of snippets made from stored bodies: the words the index matched are marked, as words,
 * stems, prefixes and phrases, and the passage shown is the one with the most of them.
 */
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { parseSearchQuery, toFts5Query } from './search-query.ts';
import { renderSnippet } from './search-text.ts';
import { loadBbc } from '../../bench/bbc-stories.ts';
import { markSnippet } from './body-snippet.ts';

const snippet = (body: string, q: string) => renderSnippet(markSnippet(body, parseSearchQuery(q)));
const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('markSnippet', () => {
  it('marks words by their stem, whatever their case and diacritics', () => {
    expect(snippet('Ferries sailed. The FERRY left; a ferryman waved.', 'ferry')).toBe(
      '<mark>Ferries</mark> sailed. The <mark>FERRY</mark> left; a ferryman waved.',
    );
    expect(snippet('Le café était plein.', 'cafe')).toBe('Le <mark>café</mark> était plein.');
    expect(snippet('The Café was full.', 'CAFÉS')).toBe('The <mark>Café</mark> was full.');
  });

  it('marks a phrase as one span only where its words follow each other, and prefixes', () => {
    expect(snippet('A night ferry, then the ferry at night.', '"night ferry"')).toBe(
      'A <mark>night ferry</mark>, then the ferry at night.',
    );
    expect(snippet('Harbours and a harbourmaster, not a harp.', 'harbo*')).toBe(
      '<mark>Harbours</mark> and a <mark>harbourmaster</mark>, not a harp.',
    );
  });

  it('escapes everything but the marks', () => {
    expect(snippet('Crews cheered <loudly> & waved "flags".', 'cheer')).toBe(
      'Crews <mark>cheered</mark> &lt;loudly&gt; &amp; waved &quot;flags&quot;.',
    );
  });

  it('shows control characters in the body as spaces, so none is taken for a mark', () => {
    expect(snippet('Tide\u0002tables\u0003 and \u0002ferry\u0000times.', 'ferry')).toBe('Tide tables  and  <mark>ferry</mark> times.');
  });

  it('shows the sentence with the most terms, cut with an ellipsis', () => {
    const body = `${filler(40)}. The ferry left. ${filler(40)}. Night ferry to the harbour at night. ${filler(40)}.`;
    const shown = snippet(body, 'ferry harbour');
    expect(shown).toMatch(/^…Night <mark>ferry<\/mark> to the <mark>harbour<\/mark> at night\. word0 .*…$/);
    expect(
      shown
        .replace(/<\/?mark>/g, '')
        .replace('…', '')
        .split(/\W+/)
        .filter(Boolean).length,
    ).toBeLessThanOrEqual(24);
  });

  it('finds a match far into a long body, past words that only look like one', () => {
    const body = `${filler(300)}. ${'Ferryman and ferrymen. '.repeat(12)}The ferry left. ${filler(300)}.`;
    expect(snippet(body, 'ferry')).toMatch(/^…The <mark>ferry<\/mark> left\. word0 word1 .*…$/);
    expect(snippet(`${filler(300)}. The ferry left.`, 'ferry')).toBe('…The <mark>ferry</mark> left.');
  });

  it('shows the passage with the most terms in a body with a £, however many matches come before it', () => {
    // Such bodies are read in part only when that gives the snippet a whole reading gives.
    const early = 'The ferry left. '.repeat(10);
    const body = `Fares rose to \u00a32. ${early}${filler(150)}. Night ferry to the harbour. ${filler(40)}.`;
    expect(snippet(body, 'ferry harbour')).toMatch(/^…Night <mark>ferry<\/mark> to the <mark>harbour<\/mark>\. word0 .*…$/);
    expect(snippet(`\u201c${filler(300)}. The ferry left.\u201d`, 'ferry')).toBe('…The <mark>ferry</mark> left.\u201d');
  });

  it('shows the start of the body when the match is elsewhere', () => {
    expect(snippet(`Calm seas. ${filler(40)}`, 'lighthouse')).toMatch(/^Calm seas\. word0 .* word21…$/);
    expect(snippet('', 'ferry')).toBe('');
  });
});

/** Marked spans of a text with `\u0002…\u0003` markers, as offsets into the text without them. */
function spans(marked: string): { text: string; marks: string[] } {
  let text = '';
  let open = 0;
  const marks: string[] = [];
  for (const ch of marked) {
    if (ch === '\u0002') open = text.length;
    else if (ch === '\u0003') marks.push(`${open}-${text.length}`);
    else text += ch;
  }
  return { text, marks };
}

/**
 * Checks that `markSnippet` marks in its window exactly the words FTS5's `highlight()` marks, for
 * every body each query matches; how many snippets were compared.
 */
function compareWithIndex(bodies: readonly string[], queries: readonly string[]): number {
  const db = new DatabaseSync(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5 (body, tokenize = 'porter unicode61 remove_diacritics 2')`);
  bodies.forEach((body, i) => {
    db.prepare('INSERT INTO t (rowid, body) VALUES (?, ?)').run(i + 1, body);
  });
  const highlight = db.prepare('SELECT rowid, highlight(t, 0, char(2), char(3)) AS h FROM t WHERE t MATCH ?');
  let compared = 0;
  for (const q of queries) {
    const terms = parseSearchQuery(q);
    for (const row of highlight.all(toFts5Query(terms)) as { rowid: number; h: string }[]) {
      const index = spans(row.h);
      const mine = spans(markSnippet(bodies[row.rowid - 1]!, terms).replace(/^…|…$/g, ''));
      const at = index.text.indexOf(mine.text);
      const inside = index.marks.filter((m) => Number(m.split('-')[0]) >= at && Number(m.split('-')[1]) <= at + mine.text.length);
      expect(
        mine.marks.map((m) =>
          m
            .split('-')
            .map((n) => Number(n) + at)
            .join('-'),
        ),
        `${q} in body ${row.rowid}`,
      ).toEqual(inside);
      compared += 1;
    }
  }
  db.close();
  return compared;
}

describe('markSnippet against the index', () => {
  const BODIES = [
    'The night ferries sailed at nine; the NIGHT FERRY came back at dawn. Harbour fees rose, harbours emptied.',
    'Caf\u00e9s on the quay: the caf\u00e9 owner said the ferry-boat (a night ferry) was late. Ferrying goods costs more.',
    'Agreed agreements were agreeable. Running runners ran; the harbourmaster was running late again.',
    // Only `£` and quotes past ASCII: read as ASCII words, the whole body.
    'Fares rose to \u00a32 at the quay. \u201cThe ferry is late,\u201d said Ann; then the Ferry sailed at ten. Tea at the Inn, and tide tables.',
    // A letter outside the Basic Multilingual Plane (U+1D400) is part of the word, as for the index.
    'The ferry\u{1d400} left at ten for \u00a33; the night ferry came back. Tea at the inn\u{1d400}.',
  ];
  const QUERIES = [
    'ferry',
    '"night ferry"',
    'harbo*',
    'cafe',
    'agreement',
    'run',
    '"ferry boat"',
    'night harbour',
    'runn*',
    'the',
    'at',
    '"the ferry"',
    'te*',
    'inn',
  ];

  it('marks in its window exactly the words FTS5 highlights', () => {
    expect(compareWithIndex(BODIES, QUERIES)).toBeGreaterThan(20);
  });

  const bbc = loadBbc();
  it.skipIf(!bbc)(
    `does so over the BBC texts, for short and common words too${bbc ? '' : ' (skipped: the shared corpus is absent; set SHARED_DIR)'}`,
    () => {
      const bodies = bbc!.slice(0, 300).map((source) => source.paragraphs.join('\n'));
      const queries = ['the', 'on', 'us', 'war', 'said', '"of the"', '"prime minister"', 'gov*', 'a*', 'market growth', 'film'];
      expect(compareWithIndex(bodies, queries)).toBeGreaterThan(1000);
    },
  );
});
