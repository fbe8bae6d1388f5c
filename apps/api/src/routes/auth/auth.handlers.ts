/**
 * @module
 * Handlers of the sign-in, session and setup routes.
 */
import type { Context } from 'hono';
import { clientIp } from '../../lib/client-ip.ts';
import { problem } from '../../lib/problem.ts';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../../lib/session-cookie.ts';
import type { AppBindings, AppRouteHandler } from '../../lib/types.ts';
import { describeLink, type RedeemFailure, redeemInvitationLink, redeemResetLink } from '../../services/accounts/links.ts';
import { endAllSessions, endSession, type ActiveSession } from '../../services/accounts/sessions.ts';
import { signIn as attemptSignIn } from '../../services/accounts/sign-in.ts';
import { secretHash } from '../../services/accounts/secrets.ts';
import type * as routes from './auth.routes.ts';

/** The one answer to every failed sign-in, whatever failed. */
const SIGN_IN_REFUSED = 'The e-mail address or the password is wrong.';
const LINK_GONE = 'This link is unknown, has been used or has expired; ask an admin for a new one.';

const sessionBody = (s: ActiveSession) => ({
  user: { id: s.user.id, name: s.user.name, email: s.user.email, role: s.user.role },
  csrfToken: s.csrfToken,
  expiresAt: s.expiresAt,
});

const noSession = (c: Context<AppBindings>) => problem(c, 401, { detail: 'Not signed in, or the session has ended.' });

/** The session of the cookie, or 401. */
export const session: AppRouteHandler<typeof routes.session> = async (c) => {
  const active = c.var.session;
  if (!active) return noSession(c);
  return c.json(sessionBody(active), 200, { 'Cache-Control': 'private, no-store' });
};

/** 200 and a new session cookie, 401 with one message for every failure, or 429 while throttled. */
export const signIn: AppRouteHandler<typeof routes.signIn> = async (c) => {
  const { email, password } = c.req.valid('json');
  const outcome = await attemptSignIn(
    c.var.store,
    { email, password, address: clientIp(c), previousSessionId: readSessionCookie(c) },
    c.var.now(),
    c.var.accounts.sessions,
    c.var.accounts.throttle,
  );
  if (outcome.kind === 'throttled') {
    return problem(
      c,
      429,
      { detail: `Too many failed sign-ins; try again in ${outcome.retryAfterSeconds} seconds.` },
      { 'Retry-After': String(outcome.retryAfterSeconds) },
    );
  }
  if (outcome.kind === 'refused') return problem(c, 401, { detail: SIGN_IN_REFUSED });
  writeSessionCookie(c, outcome.session);
  return c.json(sessionBody(outcome.session), 200, { 'Cache-Control': 'private, no-store' });
};

/** Ends the cookie's session, if any, and clears the cookie. */
export const signOut: AppRouteHandler<typeof routes.signOut> = async (c) => {
  const sessionId = readSessionCookie(c);
  if (sessionId !== undefined) await endSession(c.var.store, sessionId);
  clearSessionCookie(c);
  return c.body(null, 204);
};

/** Ends every session of the person signed in. */
export const signOutEverywhere: AppRouteHandler<typeof routes.signOutEverywhere> = async (c) => {
  const active = c.var.session;
  if (!active) return noSession(c);
  await endAllSessions(c.var.store, active.user.id);
  clearSessionCookie(c);
  return c.body(null, 204);
};

/** What the link is for, or 410. */
export const setupLink: AppRouteHandler<typeof routes.setupLink> = async (c) => {
  const link = await describeLink(c.var.store, c.req.valid('param').token, c.var.now());
  if (!link) return problem(c, 410, { detail: LINK_GONE });
  return c.json(link, 200, { 'Cache-Control': 'private, no-store' });
};

const missing = (c: Context<AppBindings>, fields: string[]) =>
  problem(c, 400, {
    title: 'Invalid request',
    detail: `Invalid request body: ${fields.map((f) => `${f}: required for a setup or invitation link`).join('; ')}.`,
    errors: fields.map((path) => ({ path, message: 'required for a setup or invitation link' })),
  });

function failure(c: Context<AppBindings>, result: RedeemFailure) {
  switch (result.kind) {
    case 'gone':
    case 'wrong-kind':
      return problem(c, 410, { detail: LINK_GONE });
    case 'email-taken':
      return problem(c, 409, { detail: 'This e-mail address already has an account; sign in, or ask an admin for a password reset link.' });
    case 'email-mismatch':
      return problem(c, 400, {
        title: 'Invalid request',
        detail: `Invalid request body: email: this invitation is for ${result.expected}.`,
        errors: [{ path: 'email', message: `this invitation is for ${result.expected}` }],
      });
  }
}

/** Creates the account (or sets the new password), signs the person in: 201 and the cookie. */
export const setup: AppRouteHandler<typeof routes.setup> = async (c) => {
  const body = c.req.valid('json');
  const { store } = c.var;
  const now = c.var.now();
  const link = await store.findLinkToken(secretHash(body.token));
  let result;
  if (link?.kind === 'reset') result = await redeemResetLink(store, body.token, body.password, now, c.var.accounts.sessions);
  else {
    const absent = (['name', 'email'] as const).filter((f) => body[f] === undefined);
    // A link that cannot be used is 410 before the form is judged complete: nothing sent could make it work.
    const usable = link !== null && link.usedAt === null && Date.parse(link.expiresAt) > now.getTime();
    if (usable && absent.length > 0) return missing(c, [...absent]);
    result = await redeemInvitationLink(
      store,
      body.token,
      { name: body.name ?? '', email: body.email ?? '', password: body.password },
      now,
      c.var.accounts.sessions,
    );
  }
  if (result.kind !== 'ok') return failure(c, result);
  // The browser's old session, if it had one, ends: the new account's session replaces it.
  const previous = readSessionCookie(c);
  if (previous !== undefined) await endSession(store, previous);
  writeSessionCookie(c, result.session);
  return c.json(sessionBody(result.session), 201, { 'Cache-Control': 'private, no-store' });
};
