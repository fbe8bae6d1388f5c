/**
 * @module
 * Finds where an article's mentions are named in a block, by any of their names ("Xi" for Xi
 * Jinping, "the Tories" for the Conservative Party), for the quote extractor.
 */
import type { Mention } from './entity.ts';
import { knownName, nameKey } from './names.ts';
import { withoutNickname } from './nicknames.ts';
import { nameParts } from './resolve.ts';
import { roleBefore } from './spans.ts';
import type { Token } from './tokenize.ts';

type Named = Mention['entity'];

const HONORIFIC = /^(?:mr|mrs|ms|miss|sir|dame|lord|lady|baroness)$/;

/** A mention named in a block: token range and the role written before it. */
export interface NamedAt {
  readonly entity: Named;
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly role: string | undefined;
  /** The honorific written just before the name ("mrs"), lower-case. */
  readonly honorific: string | undefined;
}

/** Finds mentions by name; built once per article. */
export interface NameIndex {
  find(tokens: readonly Token[], text: string): NamedAt[];
}

/**
 * An index of the names of `mentions`. A word shared by two people's names ("Blair" for Tony and
 * Cherie Blair) stands for the one named most recently.
 */
export function nameIndex(mentions: readonly Mention[]): NameIndex {
  const full = new Map<string, Named>();
  const parts = new Map<string, Named[]>();
  for (const { entity } of mentions) {
    full.set(nameKey(entity.name), entity);
    if (entity.type !== 'person') continue;
    for (const part of nameParts(entity.name)) {
      const list = parts.get(nameKey(part)) ?? [];
      list.push(entity);
      parts.set(nameKey(part), list);
    }
  }
  let lastPerson: Named | undefined;
  const lookup = (surface: string): Named | undefined => {
    const key = nameKey(surface);
    const exact = full.get(key) ?? full.get(nameKey(knownName(surface)?.name ?? ''));
    if (exact) return exact;
    const candidates = parts.get(key);
    if (!candidates) return undefined;
    return candidates.length === 1 || !lastPerson || !candidates.includes(lastPerson) ? candidates[0] : lastPerson;
  };
  return {
    find(tokens, text) {
      const out: NamedAt[] = [];
      for (let k = 0; k < tokens.length; k++) {
        if (!tokens[k]!.cap) continue;
        // Longest name first: "Vladimir Putin" before "Vladimir".
        for (let n = Math.min(6, tokens.length - k); n >= 1; n--) {
          const last = tokens[k + n - 1]!;
          if (!last.word || !last.cap) continue;
          const entity = lookup(withoutNickname(text.slice(tokens[k]!.start, last.end)));
          if (!entity) continue;
          if (entity.type === 'person') lastPerson = entity;
          const prev = tokens[k - 1]?.text.toLowerCase().replace(/\.$/, '');
          const honorific = prev !== undefined && HONORIFIC.test(prev) ? prev : undefined;
          out.push({ entity, from: k, to: k + n, start: tokens[k]!.start, role: roleBefore(tokens, k, text), honorific });
          k += n - 1;
          break;
        }
      }
      return out;
    },
  };
}
