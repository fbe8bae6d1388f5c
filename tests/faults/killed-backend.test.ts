/**
 * @module
 * The API when PostgreSQL ends the backend of a write in the middle of its transaction (an
 * administrator's `pg_terminate_backend`, a server restart, a crashed backend): that one request
 * fails with a problem document, and the process goes on serving, with its whole pool, and stops
 * cleanly. The driver once threw from a timer when the transaction's ROLLBACK met the closed
 * socket, which took the whole process down, and left the connection waited on for ever.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorToken, sendArticle } from '../support/api-calls.ts';
import { inventArticle } from '../support/invented-articles.ts';
import { createE2eDatabase, type E2eDatabase } from '../support/postgres.ts';
import { startApi, type Running } from '../support/processes.ts';

/** More writes than the API's pool has connections (10 by default), so a leaked one would show. */
const KILLS = 12;

/** Resolves with what `poll` returns once it returns something; rejects after `seconds`. */
async function until<T>(poll: () => Promise<T | undefined>, seconds: number, what: string): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await poll();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('a write whose PostgreSQL backend is ended mid-transaction', () => {
  let db: E2eDatabase;
  let api: Running;
  let token: string;

  beforeAll(async () => {
    db = await createE2eDatabase();
    token = await editorToken(db.url);
    api = await startApi(db.url, [], { LOG_LEVEL: 'error' });
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('fails that request alone; the API keeps serving on every connection and stops cleanly', async () => {
    for (let i = 0; i < KILLS; i++) {
      const story = inventArticle(i + 1, 'cut');
      // Hold the stories table so the write waits inside its transaction, then end its backend.
      const write = await db.sql.begin(async (tx) => {
        await tx`LOCK TABLE articles IN ACCESS EXCLUSIVE MODE`;
        const sent = sendArticle(api.url, 'POST', '/v1/articles', story.markdown, token);
        const pid = await until(
          async () => {
            // Another connection: the statistics a transaction reads stay as they were when it began.
            const rows = await db.sql<{ pid: number }[]>`
              SELECT pid FROM pg_stat_activity
              WHERE application_name = 'dateline' AND wait_event_type = 'Lock' AND xact_start IS NOT NULL`;
            return rows[0]?.pid;
          },
          20,
          `write ${i} waiting on the lock`,
        );
        await db.sql`SELECT pg_terminate_backend(${pid})`;
        return sent;
      });
      expect(write.status, await write.clone().text()).toBeGreaterThanOrEqual(500);
      expect(write.headers.get('content-type')).toBe('application/problem+json');
      expect((await write.text()).toLowerCase()).not.toMatch(/terminat|postgres|connection_closed/);
      expect(api.child.exitCode, api.output()).toBeNull();
    }

    // Every connection the pool had is usable again: as many writes at once as there were kills.
    const after = await Promise.all(
      Array.from({ length: KILLS }, (_, i) =>
        sendArticle(api.url, 'POST', '/v1/articles', inventArticle(100 + i, 'after').markdown, token),
      ),
    );
    const bodies = await Promise.all(after.map((r) => r.text()));
    expect(
      after.map((r) => r.status),
      bodies.join('\n'),
    ).toEqual(Array(KILLS).fill(201));
    const stored = await db.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM articles`;
    expect(stored[0]?.n).toBe(KILLS);
    expect(api.child.exitCode, api.output()).toBeNull();

    // A stop waits for no query that will never answer.
    const started = Date.now();
    await api.stop();
    expect(api.child.exitCode).toBe(0);
    expect(Date.now() - started).toBeLessThan(4000);
  }, 120_000);
});
