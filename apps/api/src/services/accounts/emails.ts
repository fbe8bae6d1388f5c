/**
 * @module
 * E-mail addresses as accounts know them: trimmed and in lower case, so that one address is one
 * account however it is typed.
 */

/**
 * The form an address is stored and looked up in.
 *
 * @example
 * normaliseEmail(' Ana@Example.ORG '); // 'ana@example.org'
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
