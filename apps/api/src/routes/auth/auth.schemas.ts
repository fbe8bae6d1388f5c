/**
 * @module
 * Schemas of the sign-in, session and setup routes.
 */
import { z } from '@hono/zod-openapi';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../services/accounts/passwords.ts';
import { LINK_KINDS, ROLES } from '../../store/store.ts';

/** A role, as every account route names it. */
export const RoleSchema = z.enum(ROLES).meta({ id: 'Role', description: 'admin, editor, contributor or moderator.' });

/** An e-mail address as typed; stored in lower case. */
export const EmailSchema = z.email({ error: 'must be an e-mail address' }).max(254).meta({ example: 'ana@example.org' });

const PASSWORD_MESSAGE = `must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`;

/** A new password. */
const NewPassword = z
  .string({ error: PASSWORD_MESSAGE })
  .min(MIN_PASSWORD_LENGTH, PASSWORD_MESSAGE)
  .max(MAX_PASSWORD_LENGTH, PASSWORD_MESSAGE)
  .meta({ description: `${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.` });

/** A display name. */
export const PersonName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(120, 'must be at most 120 characters')
  .meta({ example: 'Ana Lima' });

/** The person signed in, as the session shows them. */
const SessionUser = z
  .object({ id: z.string(), name: z.string(), email: z.string(), role: RoleSchema })
  .meta({ id: 'SessionUser', description: 'The person signed in.' });

/** The body of `GET /v1/auth/session`, sign-in and setup. */
export const SessionBody = z
  .object({
    user: SessionUser,
    csrfToken: z.string().meta({ description: 'Send as `X-CSRF-Token` with every state-changing request of this session.' }),
    expiresAt: z.iso.datetime().meta({ description: 'When the session ends unless used before (inactivity), or at the latest.' }),
  })
  .meta({ id: 'Session', description: 'A browser session.' });

/** The sign-in form. */
export const SignInBody = z
  .object({
    email: z.string().max(254).meta({ example: 'ana@example.org' }),
    password: z.string().max(MAX_PASSWORD_LENGTH).meta({ description: 'The password.' }),
  })
  .meta({ id: 'SignIn' });

/** The setup form: a new account from a setup or invitation link, or a new password from a reset link. */
export const SetupBody = z
  .object({
    token: z.string().min(1).max(200).meta({ description: 'The token at the end of the link.' }),
    name: PersonName.optional().meta({ description: 'Required for a setup or invitation link.' }),
    email: EmailSchema.optional().meta({
      description: 'Required for a setup or invitation link; must be the invited address when the link has one.',
    }),
    password: NewPassword,
  })
  .meta({ id: 'Setup' });

/** The `{token}` of a link. */
export const LinkTokenParams = z.object({ token: z.string().min(1).max(200).meta({ description: 'The token at the end of the link.' }) });

/** What a link is for. */
export const LinkInfo = z
  .object({
    kind: z.enum(LINK_KINDS).meta({ description: '`setup` (first admin), `invite` or `reset` (new password).' }),
    email: z.string().optional().meta({ description: 'The address the account will have (invitations for an address, resets).' }),
    name: z.string().optional().meta({ description: 'A suggested display name.' }),
    role: RoleSchema,
  })
  .meta({ id: 'LinkInfo' });
