/**
 * @module
 * Contracts of the section, tag and author routes: a listing and a single entry for each. Only
 * names carried by at least one published article exist for readers.
 */
import { createRoute } from '@hono/zod-openapi';
import { problemContent } from '../../lib/problem.ts';
import {
  AuthorList,
  AuthorWithCount,
  SectionList,
  SectionWithCount,
  SlugParam,
  TagList,
  TagWithCount,
  TaxonomyListQuery,
} from './taxonomy.schemas.ts';

const badQuery = problemContent('A query parameter is invalid (each one is named in `errors`).');

/** `GET /v1/sections`: every section with published articles, by name. */
export const listSections = createRoute({
  method: 'get',
  path: '/v1/sections',
  tags: ['Sections'],
  summary: 'List sections',
  description: 'Sections holding at least one published article, with their article counts, by name, in pages.',
  request: { query: TaxonomyListQuery },
  responses: { 200: { content: { 'application/json': { schema: SectionList } }, description: 'A page of sections.' }, 400: badQuery },
});

/** `GET /v1/sections/{slug}`: one section. */
export const getSection = createRoute({
  method: 'get',
  path: '/v1/sections/{slug}',
  tags: ['Sections'],
  summary: 'Get a section',
  request: { params: SlugParam },
  responses: {
    200: { content: { 'application/json': { schema: SectionWithCount } }, description: 'The section and its article count.' },
    404: problemContent('No published article is filed under this section.'),
  },
});

/** `GET /v1/tags`: every tag on published articles, most used first. */
export const listTags = createRoute({
  method: 'get',
  path: '/v1/tags',
  tags: ['Tags'],
  summary: 'List tags',
  description: 'Tags on at least one published article, with their article counts, most used first (then by name), in pages.',
  request: { query: TaxonomyListQuery },
  responses: { 200: { content: { 'application/json': { schema: TagList } }, description: 'A page of tags.' }, 400: badQuery },
});

/** `GET /v1/tags/{slug}`: one tag. */
export const getTag = createRoute({
  method: 'get',
  path: '/v1/tags/{slug}',
  tags: ['Tags'],
  summary: 'Get a tag',
  request: { params: SlugParam },
  responses: {
    200: { content: { 'application/json': { schema: TagWithCount } }, description: 'The tag and its article count.' },
    404: problemContent('No published article has this tag.'),
  },
});

/** `GET /v1/authors`: every author of published articles, by name. */
export const listAuthors = createRoute({
  method: 'get',
  path: '/v1/authors',
  tags: ['Authors'],
  summary: 'List authors',
  description: 'Authors credited on at least one published article, with bio, URL and article count, by name, in pages.',
  request: { query: TaxonomyListQuery },
  responses: { 200: { content: { 'application/json': { schema: AuthorList } }, description: 'A page of authors.' }, 400: badQuery },
});

/** `GET /v1/authors/{slug}`: one author. */
export const getAuthor = createRoute({
  method: 'get',
  path: '/v1/authors/{slug}',
  tags: ['Authors'],
  summary: 'Get an author',
  request: { params: SlugParam },
  responses: {
    200: { content: { 'application/json': { schema: AuthorWithCount } }, description: 'The author, with bio and URL when known.' },
    404: problemContent('No published article credits this author.'),
  },
});
