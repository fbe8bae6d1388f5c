/**
 * @module
 * Tests of the comment routes' OpenAPI contracts: what a client generator reads.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { testStore } from '../../testing/fixtures.ts';
import type { Store } from '../../store/store.ts';

interface Operation {
  security?: unknown[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  responses: Record<string, unknown>;
}
interface Doc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { properties?: Record<string, { $ref?: string; items?: { $ref?: string } }> }> };
}

let store: Store;
let doc: Doc;
beforeEach(async () => {
  store = await testStore();
  doc = (await (await createApp({ store }).request('/openapi.json')).json()) as Doc;
});
afterEach(async () => {
  await store.close();
});

describe('the comment routes in /openapi.json', () => {
  it('documents every route with its statuses', () => {
    const statuses = (path: string, method: string) => Object.keys(doc.paths[path]![method]!.responses);
    expect(statuses('/v1/articles/{slug}/comments', 'get')).toEqual(['200', '304', '400', '404']);
    expect(statuses('/v1/articles/{slug}/comments', 'post')).toEqual(['201', '202', '400', '403', '404', '413', '415', '429']);
    expect(statuses('/v1/comments', 'get')).toEqual(['200', '400', '401', '403']);
    expect(statuses('/v1/comments/{id}', 'patch')).toEqual(['200', '400', '401', '403', '404']);
    expect(statuses('/v1/comments/{id}', 'delete')).toEqual(['204', '401', '403', '404']);
  });

  it('takes a comment as JSON or as form fields, with one named schema', () => {
    const content = doc.paths['/v1/articles/{slug}/comments']!.post!.requestBody!.content;
    expect(Object.keys(content)).toEqual(['application/json', 'application/x-www-form-urlencoded']);
    expect(Object.values(content).map((c) => c.schema.$ref)).toEqual([
      '#/components/schemas/CommentSubmission',
      '#/components/schemas/CommentSubmission',
    ]);
  });

  it('asks for a token or a session on moderation routes only', () => {
    expect(doc.paths['/v1/articles/{slug}/comments']!.post!.security).toEqual([]);
    for (const [path, method] of [
      ['/v1/comments', 'get'],
      ['/v1/comments/{id}', 'patch'],
      ['/v1/comments/{id}', 'delete'],
    ] as const) {
      expect(doc.paths[path]![method]!.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
    }
  });

  it('names the comment schemas as components, the thread one recursive', () => {
    const { schemas } = doc.components;
    for (const name of [
      'Comment',
      'CommentStatus',
      'CommentSubmission',
      'ThreadedComment',
      'CommentThreadList',
      'HeldComment',
      'ModeratedComment',
      'ModerationList',
      'CommentStatusUpdate',
    ]) {
      expect(schemas).toHaveProperty(name);
    }
    expect(schemas.ThreadedComment!.properties!.replies!.items!.$ref).toBe('#/components/schemas/ThreadedComment');
    expect(Object.keys(schemas.ThreadedComment!.properties!)).not.toContain('email');
    expect(Object.keys(schemas.CommentSubmission!.properties!)).toEqual(['authorName', 'body', 'parentId', 'email', 'website']);
  });
});
