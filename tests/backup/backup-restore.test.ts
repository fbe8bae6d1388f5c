/**
 * @module
 * `dateline backup` taken while an API process keeps writing, and `dateline restore` into an empty
 * database, on SQLite and on PostgreSQL: everything acknowledged before the backup started is in
 * the restored database (articles, comments, people, tokens, editors' corrections), the restored
 * database serves, and a second restore into it is refused in one line.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editorToken, getJson, listAll, sendArticle } from '../support/api-calls.ts';
import { inventArticle } from '../support/invented-articles.ts';
import { createE2eDatabase, type E2eDatabase } from '../support/postgres.ts';
import { runCli, startApi, type Running } from '../support/processes.ts';

const EMAIL = 'ana.backup@example.org';
const PASSWORD = 'a long enough password';
const CORRECTED_NAME = 'Erland Voy';

interface Engine {
  name: string;
  /** A new database and its URL; `drop` removes it. */
  create(): Promise<{ url: string; drop(): Promise<void> }>;
  backupFile: string;
}

const dir = mkdtempSync(join(tmpdir(), 'dateline-backup-'));
const databases: { drop(): Promise<void> }[] = [];
afterAll(async () => {
  for (const db of databases) await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

let sqliteCount = 0;
const engines: Engine[] = [
  {
    name: 'SQLite',
    backupFile: join(dir, 'nightly.db'),
    create: async () => ({ url: `sqlite:${join(dir, `db-${++sqliteCount}.db`)}`, drop: async () => {} }),
  },
  {
    name: 'PostgreSQL',
    backupFile: join(dir, 'nightly.pgdump'),
    create: async () => {
      const db: E2eDatabase = await createE2eDatabase();
      return { url: db.url, drop: () => db.drop() };
    },
  },
];

describe.each(engines)('backup and restore on $name', (engine) => {
  it('restores a backup taken during writes with everything acknowledged before it started', async () => {
    const source = await engine.create();
    databases.push(source);
    const api: Running = await startApi(source.url, ['--samples'], { COMMENT_RATE_LIMIT: '0', LOG_LEVEL: 'warn' });
    let writing = true;
    try {
      const token = await editorToken(source.url);
      const person = await runCli(['user', 'create', '--role', 'editor', '--email', EMAIL, '--password', PASSWORD], {
        DATABASE_URL: source.url,
      });
      expect(person.code, person.output).toBe(0);
      const [sample] = await listAll(api.url);
      const corrected = await fetch(`${api.url}/v1/articles/${sample}/mentions`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ operations: [{ op: 'add', type: 'person', name: CORRECTED_NAME }] }),
      });
      expect(corrected.status, await corrected.clone().text()).toBe(200);

      // The writer: an article, then a comment on it, one after another, until told to stop.
      const acknowledged: { slug: string; comment: string; at: number }[] = [];
      const writer = (async () => {
        for (let n = 1; writing; n++) {
          const story = inventArticle(n, 'backup');
          const created = await sendArticle(api.url, 'POST', '/v1/articles', story.markdown, token);
          expect(created.status, await created.clone().text()).toBe(201);
          const comment = `Comment ${n}: the ${engine.name} copy must keep this.`;
          const posted = await fetch(`${api.url}/v1/articles/${story.slug}/comments`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ authorName: 'Ada Brennan', body: comment }),
          });
          expect(posted.status).toBe(201);
          acknowledged.push({ slug: story.slug, comment, at: performance.now() });
        }
      })();

      // Some writes acknowledged before the backup starts (a fixed second fitted only two on a
      // busy machine, where the first write of a process also loads what enrichment needs).
      const settled = performance.now() + 30_000;
      while (acknowledged.length < 5 && performance.now() < settled) await new Promise((r) => setTimeout(r, 50));
      const backupStarted = performance.now();
      const backup = await runCli(['backup', engine.backupFile], { DATABASE_URL: source.url });
      const backupEnded = performance.now();
      await new Promise((r) => setTimeout(r, 300));
      writing = false;
      await writer;
      expect(backup.code, backup.output).toBe(0);
      expect(backup.output).toMatch(/^Backed up .+ to .+ \([\d.]+ [KM]?B in [\d.]+ s\)\n$/);
      const before = acknowledged.filter((w) => w.at < backupStarted);
      const during = acknowledged.filter((w) => w.at >= backupStarted && w.at <= backupEnded);
      expect(before.length).toBeGreaterThan(3);
      console.info(
        `${engine.name}: ${backup.output.trim()}; ${before.length} writes acknowledged before it started, ${during.length} while it ran`,
      );

      const target = await engine.create();
      databases.push(target);
      const restore = await runCli(['restore', engine.backupFile], { DATABASE_URL: target.url });
      expect(restore.code, restore.output).toBe(0);
      console.info(`${engine.name}: ${restore.output.trim()} (${statSync(engine.backupFile).size} bytes)`);
      expect(restore.output).toMatch(/^Restored .+: \d+ articles, \d+ comments, 1 person, 1 API token \(schema version \d+, [\d.]+ s\)\n$/);

      const restored = await startApi(target.url, [], { LOG_LEVEL: 'warn', ENRICH: 'off' });
      try {
        const slugs = new Set(await listAll(restored.url));
        expect(before.filter((w) => !slugs.has(w.slug)).map((w) => w.slug)).toEqual([]);
        const last = before.at(-1)!;
        const comments = await getJson<{ items: { body: string }[] }>(`${restored.url}/v1/articles/${last.slug}/comments`);
        expect(comments.items.map((c) => c.body)).toEqual([last.comment]);
        // The editor's token and account came along.
        const story = inventArticle(9999, 'after-restore');
        expect((await sendArticle(restored.url, 'POST', '/v1/articles', story.markdown, token)).status).toBe(201);
        const people = await runCli(['user', 'list'], { DATABASE_URL: target.url });
        expect(people.output).toContain(EMAIL);
      } finally {
        await restored.stop();
      }
      // The correction itself is kept, not only its effect: finding everything again applies it.
      const enrich = await runCli(['enrich', '--all'], { DATABASE_URL: target.url });
      expect(enrich.code, enrich.output).toBe(0);
      const check = await startApi(target.url, [], { LOG_LEVEL: 'warn', ENRICH: 'off' });
      try {
        const entities = await getJson<{ mentions: { entity: { name: string } }[] }>(`${check.url}/v1/articles/${sample}/entities`);
        expect(entities.mentions.map((m) => m.entity.name)).toContain(CORRECTED_NAME);
      } finally {
        await check.stop();
      }

      const again = await runCli(['restore', engine.backupFile], { DATABASE_URL: target.url });
      expect(again.code).toBe(1);
      expect(again.output).toMatch(
        /^dateline restore: .+ is not empty \(\d+ articles, \d+ comments, 1 person, 1 API token\): restore into a new, empty database\.\n$/,
      );
    } finally {
      writing = false;
      await api.stop();
    }
  }, 120_000);
});
