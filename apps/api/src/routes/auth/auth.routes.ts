/**
 * @module
 * Contracts of the sign-in, session and setup routes.
 */
import { createRoute } from '@hono/zod-openapi';
import { bodyLimit } from '../../lib/body-limit.ts';
import { acceptContentTypes } from '../../lib/content-type.ts';
import { requireTrustedOrigin } from '../../lib/csrf.ts';
import { problemContent } from '../../lib/problem.ts';
import { LinkInfo, LinkTokenParams, SessionBody, SetupBody, SignInBody } from './auth.schemas.ts';

const tags = ['Accounts'];
/** Sign-in and setup forms are small. */
const FORM_LIMIT = 4 * 1024;
const json = [bodyLimit(FORM_LIMIT), acceptContentTypes(['application/json'])] as const;
const SESSION_SECURITY: Record<string, string[]>[] = [{ sessionCookie: [] }];
const setCookie = {
  'Set-Cookie': {
    schema: { type: 'string' as const },
    description: 'The session cookie (`HttpOnly; SameSite=Lax; Path=/`, `Secure` over HTTPS).',
  },
};
const csrf = problemContent('The session cookie came without its CSRF token in `X-CSRF-Token`, or with a wrong one.');

/** `GET /v1/auth/session`: the session of the cookie. */
export const session = createRoute({
  method: 'get',
  path: '/v1/auth/session',
  tags,
  summary: 'The current session',
  description: 'The person signed in with the session cookie, the CSRF token to send with writes, and when the session ends.',
  security: SESSION_SECURITY,
  responses: {
    200: { content: { 'application/json': { schema: SessionBody } }, description: 'Signed in.' },
    401: problemContent('No session, or it has ended.'),
  },
});

/** `POST /v1/auth/sign-in`. */
export const signIn = createRoute({
  method: 'post',
  path: '/v1/auth/sign-in',
  tags,
  summary: 'Sign in',
  description:
    'Starts a new session (ending the one the browser had, if any) and sets its cookie. An unknown address, a wrong ' +
    'password and a deactivated account get the same answer. Failed attempts are throttled per address typed and per ' +
    'client address. A request with an `Origin` must come from the API, the desk or a `CORS_ORIGINS` origin.',
  // Origin first: a forged request is refused before its body is read.
  middleware: [requireTrustedOrigin(), ...json],
  request: { body: { content: { 'application/json': { schema: SignInBody } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: SessionBody } }, headers: setCookie, description: 'Signed in.' },
    400: problemContent('A field is missing or invalid (each one is named in `errors`).'),
    401: problemContent('The e-mail address or the password is wrong.'),
    403: problemContent('The request came from a page of an untrusted origin.'),
    429: {
      ...problemContent('Too many failed attempts; `Retry-After` says how many seconds to wait.'),
      headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait.' } },
    },
  },
});

/** `POST /v1/auth/sign-out`. */
export const signOut = createRoute({
  method: 'post',
  path: '/v1/auth/sign-out',
  tags,
  summary: 'Sign out',
  description: 'Ends the session of the cookie and clears the cookie. Without a session there is nothing to end: 204 all the same.',
  security: SESSION_SECURITY,
  responses: { 204: { headers: setCookie, description: 'Signed out.' }, 403: csrf },
});

/** `POST /v1/auth/sign-out-everywhere`. */
export const signOutEverywhere = createRoute({
  method: 'post',
  path: '/v1/auth/sign-out-everywhere',
  tags,
  summary: 'Sign out everywhere',
  description: "Ends every session of the person signed in, on every browser, and clears this one's cookie.",
  security: SESSION_SECURITY,
  responses: {
    204: { headers: setCookie, description: 'Every session ended.' },
    401: problemContent('No session, or it has ended.'),
    403: csrf,
  },
});

/** `GET /v1/auth/setup/{token}`. */
export const setupLink = createRoute({
  method: 'get',
  path: '/v1/auth/setup/{token}',
  tags,
  summary: 'What a setup, invitation or reset link is for',
  request: { params: LinkTokenParams },
  responses: {
    200: { content: { 'application/json': { schema: LinkInfo } }, description: 'The link can be used.' },
    410: problemContent('The link is unknown, used or expired.'),
  },
});

/** `POST /v1/auth/setup`. */
export const setup = createRoute({
  method: 'post',
  path: '/v1/auth/setup',
  tags,
  summary: 'Use a setup, invitation or reset link',
  description:
    'A setup or invitation link creates an account (`name`, `email`, `password`) with the role the link carries; a ' +
    "reset link sets a new `password` and ends the person's other sessions. Either way the link is used up and the " +
    'person is signed in. Links are single-use: a setup link lasts 24 hours, an invitation 7 days, a reset 1 hour.',
  middleware: [requireTrustedOrigin(), ...json],
  request: { body: { content: { 'application/json': { schema: SetupBody } }, required: true } },
  responses: {
    201: { content: { 'application/json': { schema: SessionBody } }, headers: setCookie, description: 'Signed in.' },
    400: problemContent('A field is missing or invalid (each one is named in `errors`).'),
    403: problemContent('The request came from a page of an untrusted origin.'),
    409: problemContent('The e-mail address already has an account.'),
    410: problemContent('The link is unknown, used or expired.'),
  },
});
