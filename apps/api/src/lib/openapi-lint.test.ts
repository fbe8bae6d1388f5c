/**
 * @module
 * The OpenAPI document as the ecosystem's own linter reads it: Redocly's recommended rules
 * report no error (warnings are printed, not failed on), every operation has an operationId and
 * a `security` (empty for public ones), and the document names its server.
 */
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { testStore } from '../testing/fixtures.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

describe('the OpenAPI document', async () => {
  const store = await testStore(':memory:');
  const app = createApp({ store });
  const doc = await (await app.request('http://api.example.org/openapi.json')).json();
  const operations = Object.entries(doc.paths as Record<string, Record<string, { operationId?: string; security?: unknown }>>).flatMap(
    ([path, item]) => METHODS.filter((m) => item[m]).map((m) => ({ where: `${m.toUpperCase()} ${path}`, ...item[m]! })),
  );

  it('passes Redocly’s recommended rules with no error', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: '/openapi.json', config });
    const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    const warnings = problems.filter((p) => p.severity === 'warn');
    if (warnings.length > 0)
      console.warn(
        `Redocly: ${warnings.length} warnings, e.g. ${warnings
          .slice(0, 3)
          .map((p) => `${p.ruleId} at ${p.location[0]?.pointer}`)
          .join('; ')}`,
      );
    expect(errors).toEqual([]);
  });

  it('names every operation once and says what each needs, an empty list for public ones', () => {
    expect(operations.filter((o) => !o.operationId).map((o) => o.where)).toEqual([]);
    const ids = operations.map((o) => o.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(operations.filter((o) => !Array.isArray(o.security)).map((o) => o.where)).toEqual([]);
    expect(operations.find((o) => o.where === 'GET /v1/articles/{slug}')?.operationId).toBe('getArticle');
    expect(operations.find((o) => o.where === 'GET /healthz')?.security).toEqual([]);
  });

  it('names the server it was asked from, so the examples in /docs can be pasted', () => {
    expect(doc.servers).toEqual([{ url: 'http://api.example.org' }]);
  });
});
