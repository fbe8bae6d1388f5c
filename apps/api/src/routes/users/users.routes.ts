/**
 * @module
 * Contracts of the people routes (admins only).
 */
import { createRoute } from '@hono/zod-openapi';
import { BEARER_SECURITY, requireRole } from '../../lib/auth.ts';
import { bodyLimit } from '../../lib/body-limit.ts';
import { acceptContentTypes } from '../../lib/content-type.ts';
import { problemContent } from '../../lib/problem.ts';
import { InvitationBody, InvitationLink, UserIdParams, UserList, UserPatch, UserSchema } from './users.schemas.ts';

const tags = ['People'];
const security = BEARER_SECURITY;
const json = [bodyLimit(4 * 1024), acceptContentTypes(['application/json'])] as const;
const auth = {
  401: problemContent('Not signed in and no valid API token.'),
  403: problemContent('Not an admin, or (with a session) the CSRF token is missing or wrong.'),
} as const;

/** `GET /v1/users`. */
export const list = createRoute({
  method: 'get',
  path: '/v1/users',
  tags,
  summary: 'List people',
  security,
  middleware: [requireRole('admin')],
  responses: { 200: { content: { 'application/json': { schema: UserList } }, description: 'Everyone, oldest account first.' }, ...auth },
});

/** `POST /v1/users/invitations`. */
export const invite = createRoute({
  method: 'post',
  path: '/v1/users/invitations',
  tags,
  summary: 'Invite someone',
  description:
    'A single-use link, valid 7 days, that lets its holder create an account with this address and role. No e-mail is sent: pass the link on.',
  security,
  middleware: [requireRole('admin'), ...json],
  request: { body: { content: { 'application/json': { schema: InvitationBody } }, required: true } },
  responses: {
    201: { content: { 'application/json': { schema: InvitationLink } }, description: 'The link.' },
    400: problemContent('A field is invalid (each one is named in `errors`).'),
    ...auth,
    409: problemContent('The address already has an account.'),
  },
});

/** `PATCH /v1/users/{id}`. */
export const update = createRoute({
  method: 'patch',
  path: '/v1/users/{id}',
  tags,
  summary: "Change someone's role, or deactivate them",
  description: 'Deactivating ends all their sessions at once. The last active admin can be neither demoted nor deactivated.',
  security,
  middleware: [requireRole('admin'), ...json],
  request: { params: UserIdParams, body: { content: { 'application/json': { schema: UserPatch } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: UserSchema } }, description: 'The person as changed.' },
    400: problemContent('A field is invalid (each one is named in `errors`).'),
    ...auth,
    404: problemContent('Nobody has this id.'),
    409: problemContent('It would leave no active admin.'),
  },
});
