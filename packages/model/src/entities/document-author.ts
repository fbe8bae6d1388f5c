/**
 * @module
 * Who wrote a document the text names ("a World Bank report", "the bank's study", "a report by the
 * Commons committee"), so that "the report said" speaks for its author.
 */
import type { Mention } from './entity.ts';
import type { NamedAt } from './named-in-text.ts';
import type { Token } from './tokenize.ts';

const BY = /^(?:by|from|of)$/i;

/**
 * The author of the document named at token `j`: the name just before it ("a World Bank report",
 * "the bank's report") or after "by", "from" or "of" ("a report by the World Bank"); null when
 * "by" is followed by no name ("a report by MPs"); undefined when this mention does not say.
 *
 * @example
 * // 'A report by the Harbour Trust' (j = 1) → Harbour Trust; 'The report said' (j = 1) → undefined
 */
export function documentAuthor(tokens: readonly Token[], named: readonly NamedAt[], j: number): Mention['entity'] | null | undefined {
  const before = named.find((n) => n.to === j && n.entity.type !== 'place');
  if (before) return before.entity;
  if (!BY.test(tokens[j + 1]?.text ?? '')) return undefined;
  const at = tokens[j + 2]?.text.toLowerCase() === 'the' ? j + 3 : j + 2;
  const after = named.find((n) => n.from === at && n.entity.type !== 'place');
  if (after) return after.entity;
  return tokens[j + 1]!.text.toLowerCase() === 'of' ? undefined : null;
}
