/**
 * @module
 * Plain store benchmark: `node bench/plain-stores.ts [--rounds 2000]` (part of `npm run bench`).
 * Times the stores written once against the shared query layer (rate limits, comment blocks,
 * front-page pins, tokens, media, taxonomy, comments, accounts, workflow records, entity merges; see docs/decisions/032-shared-query-layer.md) through the `Store` interface,
 * on a SQLite file and on a PostgreSQL database made for the run (skipped when the server is not
 * there). Each operation runs `rounds` times; the figure is this process's CPU time per call
 * (what does not move with the machine's load) beside the wall time per call. For PostgreSQL the
 * CPU time is the client's side only, the server's is not in it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/open-store.ts';
import type { NewComment } from '../src/store/comment-store.ts';
import type { ExportedComment } from '../src/store/transfer-store.ts';
import type { Store } from '../src/store/store.ts';
import { withBenchDatabase } from './bench-postgres.ts';
import { makeCorpus, prng, syntheticArticle } from './search-data.ts';
import { importArticles } from './search-measure.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '2000' } } });
const rounds = Math.max(10, Number(values.rounds) || 2000);
const WINDOW_MS = 60_000;

const mediaId = (i: number) => i.toString(16).padStart(64, '0');
const NOW = new Date('2030-01-01T00:00:00Z');
const SESSION = 's'.repeat(64);
const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();

/** A comment on `articleId`, approved, `i` seconds into the year. */
function comment(articleId: string, id: string, parentId: string | null, i: number): NewComment {
  return {
    id,
    articleId,
    parentId,
    authorName: 'Reader',
    body: `Comment ${id}`,
    email: `reader${i % 50}@example.org`,
    status: 'approved',
    createdAt: at(i),
    contentHash: `hash-${id}`,
    heldReason: null,
  };
}

/** Runs before an operation's rounds with how many calls will follow, to set up what they use. */
type Prepare = (calls: number) => Promise<void>;

/** The operations timed, each called with the round's number (and prepared first, where it must be). */
function operations(
  store: Store,
  slugs: string[],
  articleId: string,
  tag: string,
  word: string,
): [string, (i: number) => Promise<unknown>, Prepare?][] {
  const start = Date.now() - (Date.now() % WINDOW_MS);
  const exported: ExportedComment[] = [];
  return [
    ['hitRateWindow (one key per 10 rounds)', (i) => store.hitRateWindow(`key-${i % 200}`, start, WINDOW_MS)],
    ['findCommentBlock', (i) => store.findCommentBlock({ email: `reader${i % 50}@example.org`, address: `203.0.113.${i % 50}` })],
    [
      'addCommentBlock (half already there)',
      (i) =>
        store.addCommentBlock({
          id: `b${i}`,
          kind: 'email',
          value: `r${i % (rounds / 2)}@example.org`,
          reason: null,
          createdBy: null,
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
        }),
    ],
    ['listCommentBlocks', () => store.listCommentBlocks()],
    ['countHeldComments', () => store.countHeldComments()],
    [
      'pinToFrontPage',
      (i) =>
        store.pinToFrontPage(slugs[i % slugs.length]!, {
          pinnedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
          pinnedBy: null,
          until: null,
        }),
    ],
    ['listFrontPagePins', () => store.listFrontPagePins()],
    ['findTokenByHash', () => store.findTokenByHash('h'.repeat(64))],
    ['touchToken', (i) => store.touchToken('bench-token', new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString())],
    ['getMedia', (i) => store.getMedia(mediaId(i % 50))],
    ['listMedia (q=harbour, limit 20)', () => store.listMedia({ q: 'harbour', limit: 20 })],
    ['listSections', () => store.listSections({ now: NOW })],
    ['listTags', () => store.listTags({ now: NOW })],
    ['listAuthors', () => store.listAuthors({ now: NOW })],
    ['getTag', () => store.getTag(tag, { now: NOW })],
    ['publicArticleId', (i) => store.publicArticleId(slugs[i % slugs.length]!, NOW)],
    ['commentRevision', () => store.commentRevision()],
    ['getComment', (i) => store.getComment(`r${i % 60}`)],
    [
      'listCommentThreads (60 threads, limit 20)',
      (i) => store.listCommentThreads({ articleId, order: i % 2 ? 'newest' : 'oldest', limit: 20 }),
    ],
    ['listCommentsForModeration (limit 20)', () => store.listCommentsForModeration({ status: 'approved', limit: 20 })],
    ['insertComment', (i) => store.insertComment(comment(articleId, `n${i}-${Math.random()}`, null, 1000 + i))],
    ['setCommentStatus', (i) => store.setCommentStatus(`r${i % 60}-a`, i % 2 ? 'approved' : 'pending')],
    [
      'deleteComment (a comment and two replies)',
      (i) => store.deleteComment(`d${i}`),
      async (calls) => {
        // Each call deletes a subthread of its own; the warm-up calls count from 0 again.
        for (let i = 0; i < calls; i++) {
          await store.insertComment(comment(articleId, `d${i}`, null, 2000 + i));
          await store.insertComment(comment(articleId, `d${i}-a`, `d${i}`, 2000 + i));
          await store.insertComment(comment(articleId, `d${i}-b`, `d${i}-a`, 2000 + i));
        }
      },
    ],
    ['listArticles (limit 5 of 20)', (i) => store.listArticles({ limit: 5, now: NOW, order: i % 2 ? 'newest' : 'oldest' })],
    ['search (one common word, limit 5)', () => store.search(word, { limit: 5, now: NOW })],
    ['findSession', () => store.findSession(SESSION)],
    ['touchSession', (i) => store.touchSession(SESSION, 'bench-user', at(i))],
    ['getUser', () => store.getUser('bench-user')],
    ['findUserByEmail', () => store.findUserByEmail('bench@example.org')],
    ['updateUser (role, a transaction)', (i) => store.updateUser('bench-user', { role: i % 2 ? 'editor' : 'admin' })],
    ['recordSignInFailure (2 keys)', (i) => store.recordSignInFailure([`k${i % 20}`, 'bench@example.org'], at(i))],
    ['signInFailures', (i) => store.signInFailures(`k${i % 20}`, at(0))],
    ['getEditorial', (i) => store.getEditorial(slugs[i % slugs.length]!)],
    ['listRevisions', () => store.listRevisions(articleId)],
    ['slugRedirect (none)', (i) => store.slugRedirect(`moved-${i % 20}`)],
    ['previewByHash', () => store.previewByHash('p'.repeat(64))],
    ['articleRevision', () => store.articleRevision()],
    ['nextPublicationAfter', () => store.nextPublicationAfter(NOW)],
    ['deleteArticle (none)', (i) => store.deleteArticle(`gone-${i % 20}`)],
    [
      'saveArticle (an edit, revision folded)',
      async (i) => {
        const current = (await store.getEditorial(slugs[1]!))!.article;
        return store.saveArticle({ ...current, headline: `Edited ${i % 2}` }, `bench-edit-${i % 2}`, {
          expected: current,
          actor: { id: 'bench-user', name: 'Bench' },
          revision: { kind: 'edited', fields: ['headline'] },
        });
      },
    ],
    [
      'updateEntities (one correction)',
      (i) =>
        store.updateEntities(slugs[2 + (i % 18)]!, {
          corrections: [{ op: 'remove', entity: { type: 'person', slug: `nobody-${i}` } }],
          now: NOW,
        }),
    ],
    [
      'restoreEnrichment (one article)',
      (i) => store.restoreEnrichment([{ articleId, enrichment: { queuedAt: i % 2 ? null : at(i), attempts: 1, error: null } }]),
    ],
    [
      'restoreComments (three, unchanged)',
      () => store.restoreComments(exported),
      async () => {
        if (exported.length > 0) return;
        for await (const item of store.exportAll())
          if (item.type === 'comment' && item.comment.id.startsWith('r0')) exported.push(item.comment);
      },
    ],
    ['listEntityMerges', () => store.listEntityMerges()],
    ['splitEntity (none, a transaction)', () => store.splitEntity('person', 'nobody')],
    [
      'mergeEntities (unknown, rolled back)',
      () => store.mergeEntities({ type: 'person', from: 'nobody', into: 'no-one', createdBy: null, now: NOW }).catch(() => null),
    ],
  ];
}

async function measure(label: string, store: Store): Promise<void> {
  await store.migrate();
  const corpus = makeCorpus(prng(1));
  await importArticles(store, (n) => syntheticArticle(corpus, n), { count: 20, batch: 20 });
  await store.createToken({ id: 'bench-token', name: 'bench', role: 'editor', hash: 'h'.repeat(64), createdAt: new Date().toISOString() });
  for (let i = 0; i < 50; i++) {
    await store.createMedia({
      id: mediaId(i),
      type: 'image/jpeg',
      width: 2000,
      height: 1333,
      bytes: 400_000,
      alt: `The harbour, picture ${i}`,
      caption: null,
      credit: null,
      createdBy: null,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    });
  }
  const articles = (await store.listArticles({ limit: 20, now: NOW })).items;
  const slugs = articles.map((a) => a.slug);
  const articleId = (await store.publicArticleId(slugs[0]!, NOW))!;
  // 60 threads of a comment, a reply and a reply to that.
  for (let i = 0; i < 60; i++) {
    await store.insertComment(comment(articleId, `r${i}`, null, i));
    await store.insertComment(comment(articleId, `r${i}-a`, `r${i}`, 100 + i));
    await store.insertComment(comment(articleId, `r${i}-b`, `r${i}-a`, 200 + i));
  }
  const tag = (await store.listTags({ now: NOW }))[0]!.slug;
  await store.createUser({
    id: 'bench-user',
    email: 'bench@example.org',
    name: 'Bench',
    role: 'editor',
    passwordHash: 'x',
    createdAt: at(0),
  });
  await store.createSession({
    idHash: SESSION,
    userId: 'bench-user',
    createdAt: at(0),
    lastSeenAt: at(0),
    expiresAt: '2099-01-01T00:00:00.000Z',
  });
  await store.createPreviewLink({
    hash: 'p'.repeat(64),
    articleId,
    createdAt: at(0),
    expiresAt: '2099-01-01T00:00:00.000Z',
    createdBy: null,
  });
  const first = (await store.getEditorial(slugs[0]!))!.article;
  for (let i = 0; i < 5; i++) {
    await store.saveArticle({ ...first, headline: `${first.headline} (${i})` }, `bench-revision-${i}`, {
      actor: { id: 'bench-user', name: 'Bench' },
      revision: { kind: 'edited', fields: ['headline'] },
    });
  }
  const word = corpus.words[0]!;
  for (const [name, run, prepare] of operations(store, slugs, articleId, tag, word)) {
    await prepare?.(20);
    for (let i = 0; i < 20; i++) await run(i);
    await prepare?.(rounds);
    const cpu = process.cpuUsage();
    const wall = performance.now();
    for (let i = 0; i < rounds; i++) await run(i);
    const used = process.cpuUsage(cpu);
    const us = (n: number) => ((n / rounds) * 1).toFixed(1);
    console.log(
      `${label.padEnd(10)} ${name.padEnd(40)} cpu ${us(used.user + used.system).padStart(7)} µs/call  wall ${us((performance.now() - wall) * 1000).padStart(7)} µs/call`,
    );
  }
  await store.close();
}

const dir = mkdtempSync(join(tmpdir(), 'dateline-plain-stores-bench-'));
try {
  await measure('sqlite', await openStore({ kind: 'sqlite', path: join(dir, 'bench.db') }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
await withBenchDatabase(async (db) => measure('postgres', await openStore({ kind: 'postgres', url: db.url })));
