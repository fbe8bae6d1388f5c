/**
 * @module
 * An API problem (RFC 9457) as sentences for the person at the desk: the status and what the
 * API said, then each field it named (as `path`, the API's name for it).
 */

/** What a failed request carries, as `ApiError` and `NetworkError` have it. */
interface Failure {
  status?: number;
  message?: string;
  problem?: { title?: string; detail?: string; errors?: { path?: string; message?: string }[] };
}

/**
 * The lines to show for a failed request: a summary, then one line per named field, called what
 * `labels` calls it (looked up without the `operations[n].` of a batch the desk sends one at a time).
 *
 * @example
 * problemLines(error, { 'to.name': 'New name' }); // [..., 'New name: must contain a letter or a digit']
 * problemLines({ status: 422, problem: { detail: 'No person "x".', errors: [{ path: 'from', message: 'No person "x".' }] } });
 * // ['No person "x". (422)', 'from: No person "x".']
 */
export function problemLines(error: unknown, labels: Readonly<Record<string, string>> = {}): string[] {
  const failure = (error && typeof error === 'object' ? error : {}) as Failure;
  const problem = failure.problem;
  const summary = problem?.detail ?? problem?.title ?? failure.message ?? 'The request failed.';
  const lines = [failure.status ? `${summary} (${failure.status})` : summary];
  for (const e of problem?.errors ?? []) {
    const path = e.path;
    const field = path === undefined ? undefined : (labels[path.replace(/^operations\[\d+\]\./, '')] ?? path);
    const line = field ? `${field}: ${e.message ?? 'invalid'}` : (e.message ?? '');
    if (line && !lines.includes(line)) lines.push(line);
  }
  return lines;
}
