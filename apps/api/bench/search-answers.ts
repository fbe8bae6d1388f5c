/**
 * @module
 * The answers of the search route to the benchmark's searches, one line each, for comparing two
 * versions of the API byte for byte (a change meant to make search cheaper must not change what
 * it answers): `node bench/search-answers.ts <database URL> [--queries 4000] [--api <apps/api of
 * another checkout>] > answers.txt`, then `cmp` two such files.
 *
 * Starts bench/http-search-server.ts of `--api` (default: this checkout) over the database, which
 * must hold stories loaded as the HTTP search benchmark loads them, and sends the same distinct
 * searches the benchmark sends after its warm-up, one at a time. Each line is the status, the
 * path and the body.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type BbcQuery, bbcQueries, loadBbc } from './bbc-stories.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { queries: { type: 'string', default: '4000' }, api: { type: 'string' } },
});
const url = positionals[0];
if (!url) {
  console.error('usage: node bench/search-answers.ts <database URL> [--queries 4000] [--api <apps/api directory>]');
  process.exit(2);
}
const sources = loadBbc();
if (!sources) {
  console.error('search answers: the BBC texts of ../shared/corpus/text/bbc are not there');
  process.exit(2);
}
// As bench/http-search.ts draws them: its warm-up searches first, then the measured ones.
const WARM_UP = 300;
const count = Math.max(1, Number(values.queries) || 4000);
const pathOf = (x: BbcQuery) => `/v1/search?q=${encodeURIComponent(x.q)}${x.section ? `&section=${x.section}` : ''}&limit=20`;
const paths = bbcQueries(sources, count + WARM_UP)
  .slice(WARM_UP)
  .map(pathOf);

const api = values.api ? resolve(values.api) : fileURLToPath(new URL('..', import.meta.url));
const child = spawn(process.execPath, [resolve(api, 'bench/http-search-server.ts'), url], { cwd: api, stdio: ['pipe', 'pipe', 'inherit'] });
const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
const ports = JSON.parse((await lines.next()).value as string) as { api: number };
try {
  for (const path of paths) {
    const res = await fetch(`http://127.0.0.1:${ports.api}${path}`);
    process.stdout.write(`${res.status} ${path} ${await res.text()}\n`);
  }
} finally {
  child.stdin.end();
  child.kill('SIGINT');
  await once(child, 'exit');
}
