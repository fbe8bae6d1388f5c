/**
 * @module
 * Nothing a search asks of PostgreSQL reads every story: each statement a search (and the next
 * scheduled publication, which every uncached search asks) sends is run again under
 * `EXPLAIN ANALYZE`, and the rows its plan reads from `articles` and `article_search` are counted
 * against the matches it had to find. At 1,500 stories, where the planner would rather scan the
 * table for a common word if it could.
 */
import { type ArticleInput, prepareArticle } from '@dateline/model';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../services/content-hash.ts';
import { NOW, story } from '../../testing/fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/postgres.ts';
import { PHRASE_COUNT_MAX } from '../search-store.ts';
import type { Store } from '../store.ts';
import { postgresStore } from './store.ts';

const STORIES = 1500;
const LIMIT = 20;
const SCHEDULED = 3;

/** Story `n`: "harbour" in all, "ferry" in four of five, "gull" in half, "tide" in one of ten, "harbour master" in three. */
function benchStory(n: number): ArticleInput {
  const words = ['harbour', n % 5 !== 0 && 'ferry', n % 2 === 0 && 'gull', n % 10 === 0 && 'tide', `code${n}`].filter(Boolean).join(' ');
  const master = n % 500 === 7 ? ' The harbour master spoke.' : ' The master of the harbour spoke.';
  const input = story(n, { body: [{ type: 'paragraph', content: [{ type: 'text', text: `${words}.${master}` }] }] });
  // A few stories are scheduled, as the next publication is asked of every uncached search.
  return n < SCHEDULED ? { ...input, publishedAt: new Date(NOW.getTime() + (n + 1) * 3_600_000).toISOString() } : input;
}

interface Sent {
  query: string;
  parameters: unknown[];
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

const STORY_TABLES = new Set(['articles', 'article_search', 'article_rank']);
/**
 * The tables whose rows are counted. `article_rank` (migration 033) holds a copy of each vector
 * for ranking and checking positions, read by key a match or a candidate at a time: it took over
 * reads of vectors that were TOAST chunks, which were never counted either.
 */
const COUNTED_TABLES = new Set(['articles', 'article_search']);

/** Rows the plan read from the story tables, the vectors it read from `article_rank`, and the scans of a whole story table in it. */
function rowsRead(node: PlanNode): { rows: number; vectors: number; scans: string[] } {
  let rows = 0;
  let vectors = node['Relation Name'] === 'article_rank' ? node['Actual Rows'] * node['Actual Loops'] : 0;
  const scans: string[] = [];
  if (node['Relation Name'] && STORY_TABLES.has(node['Relation Name'])) {
    if (COUNTED_TABLES.has(node['Relation Name'])) {
      rows +=
        (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) * node['Actual Loops'];
    }
    if (node['Node Type'] === 'Seq Scan') scans.push(node['Relation Name']);
  }
  for (const child of node.Plans ?? []) {
    const inner = rowsRead(child);
    rows += inner.rows;
    vectors += inner.vectors;
    scans.push(...inner.scans);
  }
  return { rows, vectors, scans };
}

let database: TestDatabase;
let sent: Sent[] = [];
let sql: postgres.Sql;
let store: Store;

beforeAll(async () => {
  database = await createTestDatabase();
  sql = postgres(await database.schemaUrl(), {
    max: 1,
    onnotice: () => {},
    connection: { TimeZone: 'UTC' },
    debug: (_connection, query, parameters) => sent.push({ query, parameters }),
  });
  store = postgresStore(sql);
  await store.migrate();
  const items = Array.from({ length: STORIES }, (_, n) => {
    const input = { ...benchStory(n), slug: `story-${n}` };
    return { article: prepareArticle(input, { id: `s${n}`, now: NOW }), contentHash: contentHash(input) };
  });
  for (let start = 0; start < STORIES; start += 500) await store.saveArticles(items.slice(start, start + 500));
  await sql`ANALYZE`;
}, 180_000);
afterAll(async () => {
  await store?.close();
  await database?.drop();
}, 30_000);

/** What `run` sends, each statement run again under EXPLAIN ANALYZE in one transaction: rows and vectors read, and whole-table scans. */
async function measure(run: () => Promise<unknown>): Promise<{ rows: number; vectors: number; scans: string[] }> {
  sent = [];
  await run();
  const statements = sent.filter((s) => !/^\s*(BEGIN|COMMIT|ROLLBACK)\b/i.test(s.query));
  sent = [];
  let rows = 0;
  let vectors = 0;
  const scans: string[] = [];
  await sql.begin(async (tx) => {
    for (const { query, parameters } of statements) {
      if (/^\s*SET\b/i.test(query)) {
        await tx.unsafe(query, parameters as postgres.ParameterOrJSON<never>[]);
        continue;
      }
      const [row] = await tx.unsafe(`EXPLAIN (ANALYZE, FORMAT JSON) ${query}`, parameters as postgres.ParameterOrJSON<never>[]);
      const read = rowsRead((row!['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan);
      rows += read.rows;
      vectors += read.vectors;
      scans.push(...read.scans);
    }
  });
  return { rows, vectors, scans };
}

describe('searching 1,500 stories on PostgreSQL', () => {
  it.each([
    ['a word in one story', 'code777', {}],
    ['a word in one story of ten (ranked)', 'tide', {}],
    ['a word in one story of ten, in a section', 'tide', { section: 'business' }],
    ['a word in half the stories (ranked)', 'gull', {}],
    ['a word in four stories of five (newest first)', 'ferry', {}],
    ['a word in every story (newest first)', 'harbour', {}],
    ['a phrase of two words in every story, found in three', '"harbour master"', {}],
    ['a phrase of three words', '"master of the"', {}],
  ])('%s reads the rows of its matches and its page, no more', async (_what, q, filters) => {
    let total = 0;
    const { rows, scans } = await measure(async () => {
      total = (await store.search(q, { limit: LIMIT, now: NOW, ...filters })).total;
    });
    expect(total).toBeGreaterThan(0);
    expect(scans).toEqual([]);
    // The stories with the words, before filters and without a cap on the count.
    const matches = (await store.search(q, { limit: 1, now: NOW, exactTotal: true })).total;
    // Counting reads each of them at most once, the page at most once more, and an article row for each of its own.
    expect(rows).toBeLessThanOrEqual(2 * matches + 2 * (LIMIT + 1));
  });

  it('gives a phrase in more stories than a first page gathers the newest page without reading every match again', async () => {
    // "of the" is in all but three stories: past what the first statement gathers, and its count stops at the phrase limit.
    let page: Awaited<ReturnType<Store['search']>> | undefined;
    const { rows } = await measure(async () => {
      page = await store.search('"of the"', { limit: LIMIT, now: NOW });
    });
    const exact = await store.search('"of the"', { limit: LIMIT, now: NOW, exactTotal: true });
    expect(page?.totalExact).toBe(false);
    expect(page?.items.map((i) => i.article.id)).toEqual(exact.items.map((i) => i.article.id));
    // The first statement reads at most each match once; the page is then walked, not gathered from every match again.
    expect(rows).toBeLessThanOrEqual(exact.total + 2 * (LIMIT + 1));
  });

  it('checks the positions of a phrase of three words in most stories only as far as its capped count and its page need', async () => {
    // "master of the" is in all but three stories: its count stops at the phrase limit, and its page is the newest.
    const { vectors } = await measure(() => store.search('"master of the"', { limit: LIMIT, now: NOW }));
    expect(vectors).toBeLessThanOrEqual(PHRASE_COUNT_MAX + 1 + 2 * (LIMIT + 1));
  });

  it('finds the next scheduled publication without reading the published stories', async () => {
    const { rows, scans } = await measure(() => store.nextPublicationAfter(NOW));
    expect(scans).toEqual([]);
    expect(rows).toBeLessThanOrEqual(SCHEDULED + 1);
  });
});
