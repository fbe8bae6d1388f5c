/**
 * @module
 * PostgreSQL-only: rows sent in binary `COPY` format are stored as their text forms would be, and
 * a `COPY` the server refuses fails at once and stores nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SearchText, withoutControls } from '../search-text.ts';
import { searchVectorEntries, searchVectorLiterals } from '../search-analysis.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/postgres.ts';
import { openPool, type Sql } from './connection.ts';
import { BinaryRows, copyIn } from './copy-binary.ts';

let database: TestDatabase;
let sql: Sql;
// Creating and dropping a database waits for the server, which may be busy.
beforeAll(async () => {
  database = await createTestDatabase();
  // A long deadline: a refused COPY must fail on the server's answer, not on the client's clock.
  sql = openPool(await database.schemaUrl(), { poolSize: 1, queryTimeoutMs: 30_000 });
}, 30_000);
afterAll(async () => {
  await sql.end();
  await database.drop();
}, 30_000);

const text = (body: string, headline = 'Night ferries return'): SearchText => ({
  headline,
  standfirst: 'Crews cheered the first crossing.',
  people: 'Ines Calder\nTomás Ó Briain',
  tags: 'Transport',
  body,
});

describe('binary COPY', () => {
  it('stores vectors, pair lists, times and missing values as their text forms', async () => {
    await sql`CREATE TABLE copied (id text PRIMARY KEY, at timestamptz, note text, search tsvector, pairs bigint[])`;
    const texts: Record<string, SearchText> = {
      plain: text('Boats came and went.\nThe harbour & its <b>lights</b> stayed on.'),
      accents: text('Café Ærø naïve façade, ŁÓDŹ and łódź; Σοφία ΣΟΦΊΑΣ; 東京 and Москва.'),
      // A key longer than a vector keeps (2,046 bytes): in the pairs only.
      'long key': text(`before ${'x'.repeat(3000)} after`),
      // Past the last position a vector holds (16,383), later words share it.
      'past the last position': text(Array.from({ length: 9000 }, (_, i) => `ferry harbour${i % 3}`).join(' ')),
      empty: { headline: '', standfirst: '', people: '', tags: '', body: '' },
    };
    const rows = new BinaryRows();
    for (const [id, t] of Object.entries(texts)) {
      const { lexemes, pairs } = searchVectorEntries(t);
      rows.row(5).text(id).timestamp('2026-06-01T12:34:56.789Z').text(null).vector(lexemes).bigints(pairs);
    }
    await copyIn(sql, 'COPY copied (id, at, note, search, pairs) FROM STDIN (FORMAT binary)', rows.done());
    for (const [id, t] of Object.entries(texts)) {
      const { vector, pairs } = searchVectorLiterals({ ...t, body: withoutControls(t.body) });
      const [row] = await sql<{ vector: boolean; pairs: boolean; at: Date; note: string | null }[]>`
        SELECT search::text = ${vector}::tsvector::text AS vector, pairs = ${pairs}::bigint[] AS pairs, at, note FROM copied WHERE id = ${id}`;
      expect({ id, ...row }).toEqual({ id, vector: true, pairs: true, at: new Date('2026-06-01T12:34:56.789Z'), note: null });
    }
  });

  it('fails at once with the server error when the server refuses the rows after their end, and stores none of them', async () => {
    await sql`CREATE TABLE parent (id text PRIMARY KEY)`;
    await sql`CREATE TABLE child (id text PRIMARY KEY, parent_id text REFERENCES parent (id))`;
    await sql`INSERT INTO parent (id) VALUES ('p1')`;
    const rows = new BinaryRows();
    rows.row(2).text('c1').text('p1');
    // Foreign keys are checked once the data has all arrived: the refusal comes after its end.
    rows.row(2).text('c2').text('missing');
    const started = performance.now();
    await expect(copyIn(sql, 'COPY child (id, parent_id) FROM STDIN (FORMAT binary)', rows.done())).rejects.toMatchObject({
      code: '23503',
    });
    expect(performance.now() - started).toBeLessThan(10_000);
    const [stored] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM child`;
    expect(stored!.n).toBe(0);
  }, 20_000);
});
