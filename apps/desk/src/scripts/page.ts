/**
 * @module
 * What every desk page script shares: the API transport with the page's CSRF token.
 */
import { browserTransport } from '../data/index.ts';

/** The CSRF token the server put in the page. */
function csrfToken(): string {
  return document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
}

/** The transport of this page. */
export const transport = browserTransport(csrfToken);

/** Shows `message` in the element `id` (a live region), or clears it. */
export function say(id: string, message: string): void {
  const el = document.getElementById(id);
  if (el) el.textContent = message;
}

/** The message of a failed request, for people. */
export function problemText(error: unknown): string {
  if (error && typeof error === 'object' && 'problem' in error) {
    const problem = (error as { problem: { detail?: string; title?: string; errors?: { path?: string; message?: string }[] } }).problem;
    const first = problem.errors?.[0];
    const field = first?.path;
    if (field) return `${field}: ${first?.message ?? problem.detail ?? 'invalid'}`;
    return problem.detail ?? problem.title ?? 'The request failed.';
  }
  return error instanceof Error ? error.message : 'The request failed.';
}
