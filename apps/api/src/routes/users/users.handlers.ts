/**
 * @module
 * Handlers of the people routes. The admin check runs before them (route middleware).
 */
import { problem } from '../../lib/problem.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import { changePerson, invitePerson, LastAdminError } from '../../services/accounts/people.ts';
import { EmailTakenError } from '../../store/store.ts';
import type * as routes from './users.routes.ts';

/** Everyone. */
export const list: AppRouteHandler<typeof routes.list> = async (c) => c.json({ items: await c.var.store.listUsers() }, 200);

/** 201 and the link, or 409 when the address has an account. */
export const invite: AppRouteHandler<typeof routes.invite> = async (c) => {
  try {
    const { url, expiresAt } = await invitePerson(c.var.store, c.req.valid('json'), c.var.accounts.deskUrl, c.var.now());
    return c.json({ url, expiresAt }, 201);
  } catch (err) {
    if (!(err instanceof EmailTakenError)) throw err;
    return problem(c, 409, { detail: err.message });
  }
};

/** The person as changed, 404, or 409 for the last admin. */
export const update: AppRouteHandler<typeof routes.update> = async (c) => {
  const { id } = c.req.valid('param');
  try {
    const user = await changePerson(c.var.store, id, c.req.valid('json'));
    if (!user) return problem(c, 404, { detail: `Nobody has the id "${id}".` });
    return c.json(user, 200);
  } catch (err) {
    if (!(err instanceof LastAdminError)) throw err;
    return problem(c, 409, { detail: err.message });
  }
};
