/**
 * @module
 * Tests of the Porter stemmer against SQLite's own: every word below is indexed by an FTS5 table
 * with the search index's tokenizer and its stem read back through `fts5vocab`.
 */
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { makeCorpus, prng } from '../../bench/search-data.ts';
import { porterStem } from './porter-stem.ts';

// Words chosen for the rules they exercise: plurals, -ed/-ing with the e, double-consonant and
// cvc repairs, y to i, and the suffixes of steps 2 to 5, with short and borderline stems.
const WORDS = `caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized hopping
  tanned falling hissing fizzed failing filing happy sky relational conditional rational valenci hesitanci digitizer
  conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism decisiveness
  hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize electriciti electrical
  hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible irritant replacement
  adjustment dependent adoption homologou communism activate angulariti homologous effective bowdlerize probate
  rate cease controll roll ferries ferry harbour harbours sailed sailing crossings generously eed ied yes ays bys
  ying aed oed ees sses ss is us news says day days dying lying studies studying agreement agreements nationalisation
  organisations organizations university universities running runner runs run`
  .split(/\s+/)
  .filter(Boolean);

function sqliteStems(words: readonly string[]): Map<string, string> {
  const db = new DatabaseSync(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5 (w, tokenize = 'porter unicode61 remove_diacritics 2');
           CREATE VIRTUAL TABLE v USING fts5vocab (t, 'instance');`);
  const insert = db.prepare('INSERT INTO t (rowid, w) VALUES (?, ?)');
  words.forEach((w, i) => {
    insert.run(i + 1, w);
  });
  const rows = db.prepare('SELECT term, doc FROM v').all() as { term: string; doc: number }[];
  db.close();
  return new Map(rows.map((r) => [words[r.doc - 1]!, r.term]));
}

describe('porterStem', () => {
  it('stems English words as the search index does', () => {
    const expected = sqliteStems(WORDS);
    expect(WORDS.filter((w) => porterStem(w) !== expected.get(w))).toEqual([]);
    expect(porterStem('ferries')).toBe('ferri');
  });

  it('stems the synthetic vocabulary of the search benchmark as the search index does', () => {
    const words = makeCorpus(prng(1)).words;
    const expected = sqliteStems(words);
    expect(words.filter((w) => porterStem(w) !== expected.get(w))).toEqual([]);
  });
});
