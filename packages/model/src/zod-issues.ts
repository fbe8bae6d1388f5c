/**
 * @module
 * Turns Zod validation issues into one message a writer can act on, naming the field.
 */
import type { z } from 'zod';

/** One validation problem: the dotted field path and what is wrong with it. */
export interface FieldProblem {
  field: string;
  message: string;
}

type Issue = z.core.$ZodIssue;

/**
 * The most useful problem in `issues`. For a union ("a name or an object") Zod reports that no
 * option matched; this looks inside and picks the option that got furthest, so the message
 * names `authors.0.url` and says "Invalid URL" rather than "Invalid input" at `authors`.
 *
 * @example
 * const result = z.object({ url: z.url() }).safeParse({ url: 'nope' });
 * if (!result.success) firstProblem(result.error.issues); // { field: 'url', message: 'Invalid URL' }
 */
export function firstProblem(issues: readonly Issue[]): FieldProblem {
  const issue = issues[0];
  if (!issue) return { field: '', message: 'Invalid input' };
  const { path, message } = deepest(issue, []);
  return { field: path.map(String).join('.'), message };
}

function deepest(issue: Issue, base: PropertyKey[]): { path: PropertyKey[]; message: string } {
  const path = [...base, ...issue.path];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return { path, message: issue.message };
  let best: { path: PropertyKey[]; message: string; score: number } | undefined;
  for (const branch of issue.errors) {
    const first = branch[0];
    if (!first) continue;
    const found = deepest(first, path);
    // A wrong type where the union stands means this option was not what the writer meant.
    const score = found.path.length * 2 + (first.code === 'invalid_type' && first.path.length === 0 ? 0 : 1);
    if (!best || score > best.score) best = { ...found, score };
  }
  return best ? { path: best.path, message: best.message } : { path, message: issue.message };
}
