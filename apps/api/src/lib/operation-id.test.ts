import { describe, expect, it } from 'vitest';
import { operationIdFor } from './operation-id.ts';

describe('operationIdFor', () => {
  it.each([
    ['get', '/healthz', 'getHealthz'],
    ['get', '/v1/articles', 'listArticles'],
    ['post', '/v1/articles', 'createArticle'],
    ['get', '/v1/articles/{slug}', 'getArticle'],
    ['put', '/v1/articles/{slug}', 'replaceArticle'],
    ['patch', '/v1/articles/{slug}', 'updateArticle'],
    ['delete', '/v1/articles/{slug}', 'deleteArticle'],
    ['get', '/v1/search', 'getSearch'],
    ['get', '/v1/articles/{slug}/comments', 'listArticleComments'],
    ['post', '/v1/articles/{slug}/comments', 'createArticleComment'],
    ['get', '/v1/articles/{slug}/entities', 'listArticleEntities'],
    ['get', '/v1/articles/{slug}/related', 'getArticleRelated'],
    ['patch', '/v1/articles/{slug}/mentions', 'updateArticleMentions'],
    ['patch', '/v1/articles/{slug}/quotes/{index}', 'updateArticleQuote'],
    ['get', '/v1/entities/{slug}', 'getEntity'],
    ['post', '/v1/comments/{id}/approve', 'approveComment'],
    ['post', '/v1/auth/sign-in', 'signInAuth'],
    ['get', '/v1/auth/setup/{token}', 'getAuthSetup'],
    ['post', '/v1/users/invitations', 'createUserInvitation'],
    ['get', '/v1/articles/{slug}/revisions/{a}/diff/{b}', 'getArticleRevisionDiff'],
    ['post', '/v1/articles/{slug}/revisions/{id}/restore', 'restoreArticleRevision'],
  ])('%s %s is %s', (method, path, id) => {
    expect(operationIdFor(method, path)).toBe(id);
  });
});
