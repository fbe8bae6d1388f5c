/**
 * @module
 * Test helpers for browser sessions: a person of each role, signed in through the API, and the
 * headers that present their cookie (and CSRF token).
 */
import { createPerson } from '../services/accounts/people.ts';
import type { Role, Store, User } from '../store/store.ts';

/** Something with Hono's `request`. */
interface Requester {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/** The password every test account gets. */
export const TEST_PASSWORD = 'correct horse battery staple';

/** A signed-in person. */
export interface SignedIn {
  user: User;
  /** `name=value` of the session cookie. */
  cookie: string;
  csrfToken: string;
  /** Cookie and CSRF token: what the desk sends with a write. */
  headers: Record<string, string>;
}

/**
 * The `name=value` of the session cookie a response sets, or undefined.
 *
 * @example
 * const cookie = sessionCookieOf(res);
 */
export function sessionCookieOf(res: Response): string | undefined {
  const set = res.headers.get('set-cookie');
  return set?.split(';')[0];
}

/**
 * Creates a person with `role` and signs them in through `POST /v1/auth/sign-in`.
 *
 * @example
 * const editor = await signedIn(app, store, 'editor');
 * await app.request('/v1/articles', { method: 'POST', headers: { ...editor.headers, 'Content-Type': 'application/json' }, body });
 */
export async function signedIn(
  app: Requester,
  store: Store,
  role: Role,
  email = `${role}-${crypto.randomUUID().slice(0, 8)}@example.org`,
): Promise<SignedIn> {
  const user = await createPerson(store, { email, name: `A ${role}`, role, password: TEST_PASSWORD });
  const res = await app.request('/v1/auth/sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = sessionCookieOf(res)!;
  return { user, cookie, csrfToken, headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken } };
}
