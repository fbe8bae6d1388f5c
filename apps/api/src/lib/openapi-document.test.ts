/**
 * @module
 * Tests of `/openapi.json`: a valid OpenAPI 3.1 document (checked by an OpenAPI schema validator,
 * offline), every route in it with named schemas, the bearer scheme on the routes that need it,
 * and examples that are real articles.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { Article } from '@dateline/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { Store } from '../store/store.ts';
import { testStore } from '../testing/fixtures.ts';

interface Operation {
  security?: Record<string, string[]>[];
  requestBody?: { required?: boolean; content: Record<string, { schema: { $ref?: string }; example?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string }; example?: unknown }> }>;
}
interface Doc {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { pattern?: string }>; securitySchemes: Record<string, object> };
}

let store: Store;
let app: ReturnType<typeof createApp>;
let doc: Doc;
beforeAll(async () => {
  store = await testStore();
  app = createApp({ store });
  doc = (await (await app.request('/openapi.json')).json()) as Doc;
});
afterAll(() => store.close());

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })),
  );

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(structuredClone(doc) as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect([doc.openapi, result.valid]).toEqual(['3.1.0', true]);
  });

  it('documents every route the app serves', () => {
    const served = app.routes
      .filter((r) => r.method !== 'ALL' && !r.path.startsWith('/docs') && r.path !== '/openapi.json' && r.path !== '/')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = operations().map((o) => o.route);
    expect(new Set(documented)).toEqual(new Set(served));
  });

  it('names every request and response body schema in components', () => {
    const inline = operations().flatMap(({ route, op }) => {
      const bodies = [
        ...Object.entries(op.requestBody?.content ?? {}),
        ...Object.values(op.responses).flatMap((r) => Object.entries(r.content ?? {})),
      ];
      return bodies.filter(([, media]) => !media.schema.$ref?.startsWith('#/components/schemas/')).map(([type]) => `${route} ${type}`);
    });
    expect(inline).toEqual([]);
  });

  it('puts the bearer and session schemes on the editorial routes and marks their bodies required', () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'dateline_session' });
    const editorial = operations().filter(({ route }) => /^(POST|PUT|PATCH|DELETE) \/v1\/articles(\/\{slug\})?$/.test(route));
    expect(editorial.map((o) => o.route).sort()).toEqual([
      'DELETE /v1/articles/{slug}',
      'PATCH /v1/articles/{slug}',
      'POST /v1/articles',
      'PUT /v1/articles/{slug}',
    ]);
    for (const { op } of editorial) {
      expect(op.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['401', '403']));
      if (op.requestBody) expect(op.requestBody.required).toBe(true);
    }
  });

  it('shows a sample article, valid against the model, as the example of an article', () => {
    const example = doc.paths['/v1/articles/{slug}']?.get?.responses['200']?.content?.['application/json']?.example;
    expect(Article.parse(example)).toMatchObject({ slug: 'harbour-ferry-returns-after-winter-repairs' });
    expect(doc.paths['/v1/articles']?.post?.requestBody?.content['text/markdown']?.example).toMatch(/^---\nheadline: Harbour ferry/);
  });

  it('keeps no regular-expression flags inside patterns', () => {
    expect(JSON.stringify(doc)).not.toMatch(/"pattern":"[^"]*\/[gimsuy]+"/);
  });

  it('is served with an ETag and a short public lifetime', async () => {
    const res = await app.request('/openapi.json');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const again = await app.request('/openapi.json', { headers: { 'If-None-Match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});
