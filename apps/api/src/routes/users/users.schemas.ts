/**
 * @module
 * Schemas of the people routes.
 */
import { z } from '@hono/zod-openapi';
import { EmailSchema, PersonName, RoleSchema } from '../auth/auth.schemas.ts';

/** A person as admins see them. */
export const UserSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: RoleSchema,
    active: z.boolean().meta({ description: 'A deactivated person cannot sign in.' }),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime().nullable().meta({ description: 'When they last used the desk (to the minute); null if never.' }),
  })
  .meta({ id: 'User' });

/** Everyone with an account. */
export const UserList = z.object({ items: z.array(UserSchema) }).meta({ id: 'UserList', description: 'Everyone, oldest account first.' });

/** An invitation to make. */
export const InvitationBody = z.object({ email: EmailSchema, role: RoleSchema, name: PersonName.optional() }).meta({ id: 'Invitation' });

/** A link to pass on to the person invited. */
export const InvitationLink = z
  .object({
    url: z.string().meta({ description: 'The link to pass on: `<DESK_URL>/desk/setup/<token>`. Shown only this once.' }),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'InvitationLink' });

/** A change to a person. */
export const UserPatch = z
  .object({
    role: RoleSchema.optional(),
    active: z.boolean().optional().meta({ description: 'false deactivates and signs them out everywhere; true reactivates.' }),
  })
  .strict()
  .meta({ id: 'UserPatch' });

/** The `{id}` of a person. */
export const UserIdParams = z.object({ id: z.string().min(1).max(100) });
