/**
 * @module
 * The answers of the article route to uncached reads, one line each, for comparing two versions of
 * the API byte for byte (a change meant to make the read cheaper must not change what it answers):
 * `node bench/article-answers.ts <database URL> [--count 1000] [--api <apps/api of another
 * checkout>] > answers.txt`, then `cmp` two such files.
 *
 * Starts bench/http-search-server.ts of `--api` (default: this checkout) over the database with a
 * response cache that keeps nothing, which must hold the articles the article benchmark loads
 * (http-data.ts), and reads `/v1/articles/bench-story-<n>` for each n below `count`, a slug no
 * article has and one past the last: first one at a time, then four at a time (so that the reads
 * of one turn go together on PostgreSQL), then with the ETag of the first answer. Each line is
 * the status, the path, the headers but `Date` and `X-Request-Id`, and the SHA-256 of the body.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { count: { type: 'string', default: '1000' }, api: { type: 'string' } },
});
const url = positionals[0];
if (!url) {
  console.error('usage: node bench/article-answers.ts <database URL> [--count 1000] [--api <apps/api directory>]');
  process.exit(2);
}
const count = Math.max(1, Number(values.count) || 1000);
const paths = [...Array.from({ length: count + 1 }, (_, n) => `/v1/articles/bench-story-${n}`), '/v1/articles/no-such-story'];
const api = values.api ? resolve(values.api) : fileURLToPath(new URL('..', import.meta.url));
const child = spawn(process.execPath, [resolve(api, 'bench/http-search-server.ts'), url, '--uncached'], {
  cwd: api,
  stdio: ['pipe', 'pipe', 'inherit'],
});
const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
const { api: port } = JSON.parse((await lines.next()).value as string) as { api: number };

/** One answer as a line: what a client could tell apart, but the time it was sent and its id. */
const answer = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
  const body = Buffer.from(await res.arrayBuffer());
  const kept = [...res.headers].filter(([name]) => name !== 'date' && name !== 'x-request-id' && name !== 'keep-alive');
  return `${res.status} ${path} ${kept.map(([k, v]) => `${k}: ${v}`).join(' | ')} ${createHash('sha256').update(body).digest('hex')}`;
};
try {
  for (const path of paths) console.log(`alone ${await answer(path)}`);
  for (let i = 0; i < paths.length; i += 4) {
    for (const line of await Promise.all(paths.slice(i, i + 4).map((path) => answer(path)))) console.log(`together ${line}`);
  }
  const first = await fetch(`http://127.0.0.1:${port}${paths[0]}`);
  await first.arrayBuffer();
  console.log(`revalidated ${await answer(paths[0]!, { 'if-none-match': first.headers.get('etag') ?? '' })}`);
} finally {
  child.stdin!.end();
  child.kill();
  await once(child, 'exit');
}
