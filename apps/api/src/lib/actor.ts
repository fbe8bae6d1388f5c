/**
 * @module
 * Who a request acts as, in the one shape the story workflow needs, whatever the principal is
 * (an API token today; a signed-in person too once sessions exist).
 */
import type { Context } from 'hono';
import type { Editor } from '../services/workflow/permissions.ts';
import { principalOf } from './auth.ts';
import type { AppBindings } from './types.ts';

/**
 * The request's principal as `{ id, name, role }`, or null for an anonymous request. A principal
 * carries `id` (tokens and users alike) or, in the token-only form, `tokenId`.
 *
 * @example
 * const actor = actorOf(c); // { id: '5b0c…', name: 'newsdesk', role: 'editor' }
 */
export function actorOf(c: Context<AppBindings>): Editor | null {
  const principal = principalOf(c) as (ReturnType<typeof principalOf> & { id?: string; tokenId?: string }) | null;
  if (!principal) return null;
  const id = principal.id ?? principal.tokenId;
  if (id === undefined) return null;
  return { id, name: principal.name, role: principal.role };
}
