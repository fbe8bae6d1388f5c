/**
 * @module
 * Names for the OpenAPI document's operations, made from their method and path, so a route added
 * later is named by the same rules without anyone remembering to (generated clients turn these
 * into method names): `listArticles`, `getArticle`, `createArticleComment`, `approveComment`.
 */

const PASCAL = (word: string) => word.replace(/(^|-)([a-z0-9])/g, (_m, _dash: string, c: string) => c.toUpperCase());
const singular = (word: string) =>
  word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
const isParam = (segment: string) => segment.startsWith('{');

/** What each method does to a single resource, and to a collection (where it differs). */
const ON_ONE: Record<string, string> = { get: 'get', put: 'replace', patch: 'update', delete: 'delete', post: 'post' };
const ON_MANY: Record<string, string> = { get: 'list', post: 'create', patch: 'update', put: 'replace', delete: 'delete' };

/**
 * The operationId of `method` on `path` (an OpenAPI path, `{param}` style): the resources named
 * on the way (singular before a parameter), led by a verb: `get`/`replace`/`update`/`delete` for
 * one resource, `list`/`create` for a collection (a plural last segment), the segment itself for
 * an action (`approve`, `sign-in`).
 *
 * @example
 * operationIdFor('get', '/v1/articles/{slug}'); // 'getArticle'
 * operationIdFor('post', '/v1/articles/{slug}/comments'); // 'createArticleComment'
 * operationIdFor('post', '/v1/auth/sign-in'); // 'signInAuth'
 */
export function operationIdFor(method: string, path: string): string {
  const segments = path.split('/').filter((s) => s !== '' && s !== 'v1');
  const last = segments.at(-1) ?? '';
  const statics = segments.filter((s) => !isParam(s));
  const one = (words: string[]) => words.map((w) => PASCAL(singular(w))).join('');
  if (isParam(last)) return `${ON_ONE[method] ?? method}${one(statics)}`;
  const owners = one(statics.slice(0, -1));
  if (last.endsWith('s') && !last.endsWith('ss')) {
    return method === 'post' ? `${ON_MANY.post}${owners}${PASCAL(singular(last))}` : `${ON_MANY[method] ?? method}${owners}${PASCAL(last)}`;
  }
  // An action (`approve`, `sign-in`), or a single thing such as /v1/search or /healthz.
  const action = PASCAL(last);
  if (method === 'get' || owners === '') return `${method}${owners}${action}`;
  return `${action[0]!.toLowerCase()}${action.slice(1)}${owners}`;
}
