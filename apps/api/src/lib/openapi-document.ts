/**
 * @module
 * The OpenAPI 3.1 document at `/openapi.json`: generated from the route contracts on first
 * request (when every route is registered), finished by hand where the generator cannot say what
 * the routes do, then served as cached bytes with an ETag.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { etagFor } from './etag.ts';
import { setCachePolicy } from './http-cache.ts';
import { operationIdFor } from './operation-id.ts';
import type { AppBindings } from './types.ts';

type Document = ReturnType<OpenAPIHono['getOpenAPI31Document']>;
type OpenApiConfig = Parameters<OpenAPIHono['getOpenAPI31Document']>[0];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Strips the `/flags` suffix that the schema generator leaves on patterns of regular expressions
 * with flags (it turns `/^a/i` into the pattern `^a/i`, which no string matches). JSON Schema
 * patterns have no flags, so `i` is lost: the document is stricter than the API about case there.
 */
function fixPatterns(node: unknown): void {
  if (Array.isArray(node)) for (const item of node) fixPatterns(item);
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.pattern === 'string') record.pattern = record.pattern.replace(/\/[dgimsuyv]+$/, '');
    for (const value of Object.values(record)) fixPatterns(value);
  }
}

/**
 * `doc` with its patterns fixed (see `fixPatterns`), every request body marked required, and
 * every operation named and with its security said. Routes declare their bodies optional so that
 * a body in a text format reaches the handler instead of failing JSON validation; the handlers
 * still refuse a request without one, which is what the document should say. An operation
 * without an `operationId` gets one by `operationIdFor`; one without `security` is public, said
 * as an empty list, as linters and client generators expect.
 *
 * @example
 * finishDocument(app.getOpenAPI31Document(config));
 */
function finishDocument(doc: Document): Document {
  fixPatterns(doc.components);
  fixPatterns(doc.paths);
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      if (operation.requestBody && 'content' in operation.requestBody) operation.requestBody.required = true;
      operation.operationId ??= operationIdFor(method, path);
      operation.security ??= [];
    }
  }
  return doc;
}

/** Documents kept, one per server named: a few origins at most (the API's own names). */
const MAX_SERVED = 16;

/**
 * Serves the finished document of `app` at `path`, built once per server it names: `publicUrl`,
 * else the origin the request was made to, so the examples in /docs can be pasted as they are.
 *
 * @example
 * serveOpenApi(app, '/openapi.json', { openapi: '3.1.0', info: { title: 'Dateline API', version: '0.1.0' } });
 */
export function serveOpenApi(app: OpenAPIHono<AppBindings>, path: string, config: OpenApiConfig, publicUrl?: string): void {
  let document: Document | undefined;
  const served = new Map<string, { body: string; etag: string }>();
  app.get(path, (c: Context<AppBindings>) => {
    const server = publicUrl ?? new URL(c.req.url).origin;
    let cached = served.get(server);
    if (!cached) {
      document ??= finishDocument(app.getOpenAPI31Document(config));
      const body = JSON.stringify({ ...document, servers: [{ url: server }] });
      cached = { body, etag: etagFor(body) };
      if (served.size >= MAX_SERVED) served.clear();
      served.set(server, cached);
    }
    setCachePolicy(c, { maxAge: 300 });
    return c.body(cached.body, 200, { 'Content-Type': 'application/json', ETag: cached.etag });
  });
}
