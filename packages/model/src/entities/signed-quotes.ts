/**
 * @module
 * Signature lines: pages that gather quotations from elsewhere (review round-ups, "what the papers
 * say", pull quotes) set each passage apart and sign it on the line below with its source alone,
 * often in brackets or after a dash ("[The Daily Courier]", "— Anna Cole"). Such a line speaks for
 * the block quotations just above it.
 */
import type { Mention } from './entity.ts';
import type { NamedAt } from './named-in-text.ts';
import type { Token } from './tokenize.ts';

type Named = Mention['entity'];

// A signature is a name and its marks: longer lines are prose.
const MAX_SIGNATURE_TOKENS = 10;

/**
 * The person or body a paragraph consists of, with nothing but brackets and dashes around it, or
 * null when the paragraph says anything more.
 *
 * @example
 * // '[Kelby Courier]' → Kelby Courier; '— Anna Cole' → Anna Cole; 'Anna Cole agreed.' → null
 */
export function signatureOf(tokens: readonly Token[], named: readonly NamedAt[]): Named | null {
  if (tokens.length === 0 || tokens.length > MAX_SIGNATURE_TOKENS) return null;
  const names = named.filter((n) => n.entity.type !== 'place');
  if (names.length !== 1) return null;
  const [name] = names as [NamedAt];
  const outside = tokens.filter((_t, k) => k < name.from || k >= name.to);
  return outside.every((t) => /^[[\]()—–-]$/.test(t.text)) ? name.entity : null;
}
