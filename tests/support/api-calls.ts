/**
 * @module
 * The few API calls the cross-process tests make, as an editor's tools or a reader's browser would.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cliEntry, repoRoot } from './paths.ts';

/** A new editor token, made by `dateline token create` on the database at `databaseUrl`. */
export async function editorToken(databaseUrl: string): Promise<string> {
  const args = [cliEntry, 'token', 'create', '--name', `desk-${Date.now()}`, '--role', 'editor'];
  // The secret is printed alone on standard output; what it is goes to standard error.
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  const token = stdout.trim();
  if (!/^\S+$/.test(token)) throw new Error(`token create printed no single token: ${stdout}`);
  return token;
}

/** The JSON of a GET that must answer 200. */
export async function getJson<T = unknown>(url: string): Promise<T> {
  const res = await fetch(url);
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Sends an article in Markdown (POST or PUT) with `token`. */
export function sendArticle(apiUrl: string, method: 'POST' | 'PUT', path: string, markdown: string, token: string): Promise<Response> {
  return fetch(`${apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/markdown' },
    body: markdown,
  });
}

/** Every public slug, newest first, read page by page of `limit` by following `nextCursor`. */
export async function listAll(apiUrl: string, limit = 100): Promise<string[]> {
  const slugs: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page = await getJson<{ items: { slug: string }[]; nextCursor: string | null }>(`${apiUrl}/v1/articles?limit=${limit}${query}`);
    slugs.push(...page.items.map((a) => a.slug));
    cursor = page.nextCursor;
    if (!cursor) return slugs;
  }
  throw new Error('the listing did not end within 1000 pages');
}
